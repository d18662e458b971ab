package org.trustledger.bootstrap.durability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.h2.jdbc.JdbcConnection;
import org.springframework.jdbc.datasource.ConnectionHolder;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Forces the embedded database's file to the disk after every commit that wrote something, before the commit returns
 * to the code that answers the request. H2 with {@code WRITE_DELAY=0} writes each commit to its file but never asks the
 * operating system to put it on the disk (only at close), so without this a power loss can take acknowledged writes.
 *
 * <p>An {@code fsync} of the file flushes every write made to it before it began, by whichever handle. So commits
 * share flushes (a group commit): each writing commit takes a number once it is written, and returns as soon as a
 * flush that began after that number was taken has ended — its own, or one another commit started meanwhile while it
 * waited for the flush in progress. A transaction that wrote nothing has nothing to flush.
 *
 * <p>Work that holds a lock other writers wait for (a party's aggregate) runs {@link #deferringFlushes deferring} its
 * flushes: its commits are written at once, the lock is let go, and only then does it wait for the disk, so that the
 * writers of one busy party share flushes too instead of taking turns at the disk.
 */
final class CommitSync implements TransactionExecutionListener, AutoCloseable {
    private final Path file;
    private final Function<TransactionExecution, Connection> connections;
    private final Flush flush;
    private final AtomicLong syncs = new AtomicLong();
    /** Transactions found to have written nothing when they were about to commit. */
    private final Set<TransactionExecution> wroteNothing = Collections.newSetFromMap(new ConcurrentHashMap<>());
    /** How many writing commits have been written to the file, in the order they were. */
    private final AtomicLong written = new AtomicLong();
    /** Only one flush at a time: the commits waiting behind it then share the next. */
    private final ReentrantLock flushing = new ReentrantLock();
    /** Every commit numbered up to this one is on the disk; guarded by {@link #flushing}. */
    private long flushed;
    /** Inside {@link #deferringFlushes}: the number of the last commit this thread wrote there, 0 before any. */
    private final ThreadLocal<long[]> deferred = new ThreadLocal<>();

    private FileChannel channel;
    private Object fileKey;

    /**
     * @param file the database's file
     * @param connections the connection a transaction about to commit runs on, or null where it is not known, in
     *     which case its commit is forced
     */
    CommitSync(Path file, Function<TransactionExecution, Connection> connections) {
        this.file = Objects.requireNonNull(file, "file");
        this.connections = Objects.requireNonNull(connections, "connections");
        this.flush = this::force;
    }

    /** With another way to flush, for tests that watch when flushes begin and end. */
    CommitSync(Path file, Function<TransactionExecution, Connection> connections, Flush flush) {
        this.file = Objects.requireNonNull(file, "file");
        this.connections = Objects.requireNonNull(connections, "connections");
        this.flush = Objects.requireNonNull(flush, "flush");
    }

    /** Puts every write made to the file before it begins on the disk. */
    @FunctionalInterface
    interface Flush {
        void run() throws IOException;
    }

    /** The connection Spring's JDBC transaction manager holds for the transaction on this thread, if any. */
    static Function<TransactionExecution, Connection> boundTo(DataSource dataSource) {
        return transaction ->
                TransactionSynchronizationManager.getResource(dataSource) instanceof ConnectionHolder holder
                        ? holder.getConnection()
                        : null;
    }

    @Override
    public void beforeCommit(TransactionExecution transaction) {
        if (transaction.isNewTransaction() && wroteNothing(transaction)) {
            wroteNothing.add(transaction);
        }
    }

    @Override
    public void afterCommit(TransactionExecution transaction, Throwable commitFailure) {
        boolean nothingToFlush = wroteNothing.remove(transaction);
        if (commitFailure == null && transaction.isNewTransaction() && !nothingToFlush) {
            long commit = written.incrementAndGet();
            long[] scope = deferred.get();
            if (scope == null) {
                durable(commit);
            } else {
                scope[0] = commit;
            }
        }
    }

    /**
     * Runs the work with its commits' flushes put off until it returns, and returns only once they are on the disk; a
     * work that wrote nothing (an answer given again) returns once everything committed before it ended is, since it
     * may have answered from that. Nested calls defer to the outermost.
     */
    <T> T deferringFlushes(Supplier<T> work) {
        if (deferred.get() != null) {
            return work.get();
        }
        long[] last = {0};
        deferred.set(last);
        T result;
        try {
            result = work.get();
        } catch (RuntimeException | Error failure) {
            deferred.remove();
            // Not acknowledged, but what it committed is flushed now rather than left to the next writer's flush.
            if (last[0] > 0) {
                try {
                    durable(last[0]);
                } catch (UncheckedIOException flushFailure) {
                    failure.addSuppressed(flushFailure);
                }
            }
            throw failure;
        }
        deferred.remove();
        durable(last[0] > 0 ? last[0] : written.get());
        return result;
    }

    @Override
    public void afterRollback(TransactionExecution transaction, Throwable rollbackFailure) {
        wroteNothing.remove(transaction);
    }

    /** How many times the file was forced to disk; for tests and metrics. */
    long syncs() {
        return syncs.get();
    }

    /** Whether the transaction, about to commit, has changed nothing in the database, so that its commit is not forced. */
    boolean wroteNothing(TransactionExecution transaction) {
        return wroteNothing(connections.apply(transaction));
    }

    /** Forces everything committed so far to the disk. */
    void sync() {
        durable(written.incrementAndGet());
    }

    /** Returns once the commit numbered {@code commit}, already written to the file, is on the disk. */
    private void durable(long commit) {
        flushing.lock();
        try {
            if (flushed >= commit) {
                // A flush that began after this commit was written has ended while this one waited for it.
                return;
            }
            // Every commit numbered up to here was written before this flush begins, so the flush covers it.
            long upTo = written.get();
            flush.run();
            flushed = upTo;
            syncs.incrementAndGet();
        } catch (IOException e) {
            // The commit is done but not known to be on the disk: the request must not be answered as durable.
            throw new UncheckedIOException("could not force " + file + " to the disk", e);
        } finally {
            flushing.unlock();
        }
    }

    /**
     * Whether the transaction on this connection has changed nothing in the database; false where that cannot be told,
     * so that its commit is forced.
     */
    private static boolean wroteNothing(Connection connection) {
        if (connection == null) {
            return false;
        }
        try {
            return connection.isWrapperFor(JdbcConnection.class)
                    && !connection.unwrap(JdbcConnection.class).getSession().hasPendingTransaction();
        } catch (SQLException | RuntimeException unknown) {
            return false;
        }
    }

    /** The channel to force, checked once a flush rather than once a commit; called with {@link #flushing} held. */
    private FileChannel channel() throws IOException {
        // H2 may replace its file (a compaction at close and reopen): a handle on the old file would flush nothing.
        Object key = Files.readAttributes(file, BasicFileAttributes.class).fileKey();
        if (channel == null || key == null || !key.equals(fileKey)) {
            if (channel != null) {
                channel.close();
            }
            // Opened for writing because some systems flush only through a handle that may write; nothing is written.
            channel = FileChannel.open(file, StandardOpenOption.WRITE);
            fileKey = key;
        }
        return channel;
    }

    private void force() throws IOException {
        try {
            channel().force(true);
        } catch (ClosedChannelException replacedMeanwhile) {
            channel = null;
            channel().force(true);
        }
    }

    @Override
    public void close() throws IOException {
        flushing.lock();
        try {
            if (channel != null) {
                channel.close();
            }
        } finally {
            flushing.unlock();
        }
    }
}
