package org.trustledger.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.trustledger.application.port.in.TrustQuery;

/**
 * The database goes away under load: requests fail fast with 503 problems, nothing is half-written, nothing
 * acknowledged is lost, and the product serves again after the database is back, with no manual step.
 */
class DatabaseOutageTest {
    private static final Logger LOG = LoggerFactory.getLogger(DatabaseOutageTest.class);
    private static final Duration OUTAGE = Duration.ofSeconds(30);

    @TempDir
    Path pgData;

    @Test
    void theDatabaseStoppedFor30Seconds_answers503Fast_andRecoversByItself() throws Exception {
        try (RestartablePostgres postgres = RestartablePostgres.start(pgData);
                Node node = Node.onPostgres(postgres.url());
                WriteLoad load = WriteLoad.on(List.of(node.api()), 10, 4)) {
            awaitAcknowledged(load, 20);

            postgres.stop();
            Instant back = Instant.now().plus(OUTAGE);
            int acknowledgedBefore = load.acknowledged.size();
            await().atMost(OUTAGE.plusSeconds(30)).until(() -> Instant.now().isAfter(back) && load.count(503) > 0);
            assertThat(load.count(500)).as("no 500 during the outage").isZero();
            assertThat(load.slowestFailureMillis.get()).as("failed fast").isLessThan(10_000);
            postgres.restart();

            await().atMost(Duration.ofSeconds(30)).until(() -> load.acknowledged.size() >= acknowledgedBefore + 20);
            load.stop();
            LOG.info("Answers around a {} outage: {}", OUTAGE, load.answers);

            assertThat(load.answers.keySet()).allMatch(status -> status == 201 || status == 409 || status == 503);
            var ready = node.api().unauthenticated("/actuator/health/readiness");
            assertThat(ready.status()).isEqualTo(200);
            load.assertLedgerConsistent(node.bean(DataSource.class), node.bean(TrustQuery.class), false);
        }
    }

    @Test
    void theDatabaseCrashedUnderLoad_keepsEveryAcknowledgedEntry() throws Exception {
        try (RestartablePostgres postgres = RestartablePostgres.start(pgData);
                Node node = Node.onPostgres(postgres.url());
                WriteLoad load = WriteLoad.on(List.of(node.api()), 10, 4)) {
            awaitAcknowledged(load, 40);

            postgres.crash();
            postgres.restart();
            int acknowledgedBefore = load.acknowledged.size();
            await().atMost(Duration.ofSeconds(30)).until(() -> load.acknowledged.size() >= acknowledgedBefore + 20);
            load.stop();
            LOG.info("Answers around a crash: {}", load.answers);

            assertThat(load.answers.keySet()).allMatch(status -> status == 201 || status == 409 || status == 503);
            load.assertLedgerConsistent(node.bean(DataSource.class), node.bean(TrustQuery.class), false);
        }
    }

    private static void awaitAcknowledged(WriteLoad load, int count) {
        await().atMost(Duration.ofSeconds(30)).until(() -> load.acknowledged.size() >= count);
    }
}
