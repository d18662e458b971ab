package org.trustledger.bootstrap.durability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.SimpleTransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A commit returns only once a flush that began after it was written has ended, commits waiting meanwhile share the
 * next flush, and a transaction that wrote nothing is not flushed.
 */
class CommitSyncTest {
    @TempDir
    Path data;

    @Test
    void onlyTransactionsThatWrote_areForced() throws Exception {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:file:" + data.resolve("db") + ";WRITE_DELAY=0");
        // Held open, so that the database stays open between transactions as it does behind the product's pool.
        try (var open = dataSource.getConnection();
                CommitSync sync = new CommitSync(data.resolve("db.mv.db"), CommitSync.boundTo(dataSource))) {
            JdbcClient jdbc = JdbcClient.create(dataSource);
            jdbc.sql("CREATE TABLE entry (id INTEGER PRIMARY KEY)").update();
            JdbcTransactionManager transactions = new JdbcTransactionManager(dataSource);
            transactions.addListener(sync);
            TransactionTemplate template = new TransactionTemplate(transactions);

            template.executeWithoutResult(
                    status -> jdbc.sql("INSERT INTO entry VALUES (1)").update());
            assertThat(sync.syncs()).isEqualTo(1);

            Integer read = template.execute(status ->
                    jdbc.sql("SELECT COUNT(*) FROM entry").query(Integer.class).single());
            assertThat(read).isEqualTo(1);
            assertThat(sync.syncs()).as("a read has nothing to flush").isEqualTo(1);

            template.executeWithoutResult(status -> {
                jdbc.sql("INSERT INTO entry VALUES (2)").update();
                status.setRollbackOnly();
            });
            assertThat(sync.syncs()).as("a rollback is not acknowledged").isEqualTo(1);

            template.executeWithoutResult(status -> {
                jdbc.sql("SELECT COUNT(*) FROM entry").query(Integer.class).single();
                jdbc.sql("UPDATE entry SET id = 3 WHERE id = 1").update();
            });
            assertThat(sync.syncs()).as("a read followed by a write").isEqualTo(2);
        }
    }

    @Test
    void aCommitReturns_onlyAfterAFlushThatBeganAfterItWasWritten_andWaitingCommitsShareOne() throws Exception {
        // What has reached the file, and how much of it a flush that has ended began after.
        AtomicLong written = new AtomicLong();
        AtomicLong onDisk = new AtomicLong();
        CommitSync sync = new CommitSync(data.resolve("db.mv.db"), transaction -> null, () -> {
            long begunAfter = written.get();
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            onDisk.accumulateAndGet(begunAfter, Math::max);
        });
        int threads = 8;
        int commits = 200;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Long>> unflushed = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                unflushed.add(pool.submit(() -> {
                    long acknowledgedBeforeTheDisk = 0;
                    for (int i = 0; i < commits; i++) {
                        long mine = written.incrementAndGet();
                        sync.afterCommit(new SimpleTransactionStatus(true), null);
                        if (onDisk.get() < mine) {
                            acknowledgedBeforeTheDisk++;
                        }
                    }
                    return acknowledgedBeforeTheDisk;
                }));
            }
            for (Future<Long> each : unflushed) {
                assertThat(each.get()).isZero();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(sync.syncs()).isPositive().isLessThan((long) threads * commits);
    }

    @Test
    void deferredCommits_areOnTheDisk_beforeTheWorkReturns_andAnAnswerThatWroteNothing_waitsForWhatItMayHaveRead()
            throws Exception {
        AtomicLong written = new AtomicLong();
        AtomicLong onDisk = new AtomicLong();
        CommitSync sync = new CommitSync(data.resolve("db.mv.db"), transaction -> null, () -> {
            onDisk.accumulateAndGet(written.get(), Math::max);
        });
        long answered = sync.deferringFlushes(() -> {
            for (int i = 0; i < 3; i++) {
                written.incrementAndGet();
                sync.afterCommit(new SimpleTransactionStatus(true), null);
            }
            assertThat(sync.syncs())
                    .as("nothing is flushed while the work holds its lock")
                    .isZero();
            return written.get();
        });
        assertThat(onDisk.get()).as("on the disk when the work returns").isEqualTo(answered);
        assertThat(sync.syncs()).as("three commits, one flush").isEqualTo(1);

        // Another writer's commit, written but not yet flushed, when an answer is given again without writing.
        ExecutorService other = Executors.newSingleThreadExecutor();
        CountDownLatch committed = new CountDownLatch(1);
        CountDownLatch answeredAgain = new CountDownLatch(1);
        try {
            Future<?> writer = other.submit(() -> sync.deferringFlushes(() -> {
                written.incrementAndGet();
                sync.afterCommit(new SimpleTransactionStatus(true), null);
                committed.countDown();
                await(answeredAgain);
                return null;
            }));
            assertThat(committed.await(1, TimeUnit.MINUTES)).isTrue();
            long seen = written.get();
            sync.deferringFlushes(() -> null);
            assertThat(onDisk.get())
                    .as("what the answer may have read is on the disk")
                    .isEqualTo(seen);
            answeredAgain.countDown();
            writer.get(1, TimeUnit.MINUTES);
        } finally {
            other.shutdownNow();
        }
    }

    @Test
    void aFailedWork_stillFlushesWhatItCommitted() {
        AtomicLong written = new AtomicLong();
        AtomicLong onDisk = new AtomicLong();
        CommitSync sync = new CommitSync(data.resolve("db.mv.db"), transaction -> null, () -> {
            onDisk.accumulateAndGet(written.get(), Math::max);
        });
        assertThatThrownBy(() -> sync.deferringFlushes(() -> {
                    written.incrementAndGet();
                    sync.afterCommit(new SimpleTransactionStatus(true), null);
                    throw new IllegalStateException("a follow-up failed");
                }))
                .hasMessage("a follow-up failed");
        assertThat(onDisk.get()).isEqualTo(1);
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(1, TimeUnit.MINUTES)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
