package org.trustledger.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.trustledger.adapters.persistence.support.TestDatabases;
import org.trustledger.application.port.in.TrustQuery;

/**
 * Two nodes on one PostgreSQL, eight writers each, on the same few parties for a fixed time: every write is
 * acknowledged or answered 409 (never 500), the store holds exactly what was acknowledged with contiguous sequence
 * numbers, and every read model equals a fold of its party's events. The periodic trust refresh runs on one node.
 */
class ConcurrentWritersTest {
    private static final Logger LOG = LoggerFactory.getLogger(ConcurrentWritersTest.class);
    private static final int PARTIES = 20;
    private static final int WRITERS_PER_NODE = 8;
    private static final Duration RUN = Duration.ofSeconds(6);

    @Test
    void twoNodesTimesEightWriters_neverAnswer500_andStoreExactlyWhatTheyAcknowledged() throws Exception {
        String url = TestDatabases.url(TestDatabases.Kind.POSTGRESQL);
        try (Node first = Node.onPostgres(url);
                Node second = Node.onPostgres(url);
                WriteLoad load = WriteLoad.on(List.of(first.api(), second.api()), PARTIES, 2 * WRITERS_PER_NODE)) {
            load.runFor(RUN);
            load.stop();
            LOG.info(
                    "{} writers on {} parties for {}: answers {}, {} acknowledged writes a second",
                    2 * WRITERS_PER_NODE,
                    PARTIES,
                    RUN,
                    load.answers,
                    load.acknowledged.size() / RUN.toSeconds());

            assertThat(load.answers.keySet()).allMatch(status -> status == 201 || status == 409);
            assertThat(load.acknowledged).isNotEmpty();
            load.assertLedgerConsistent(first.bean(DataSource.class), first.bean(TrustQuery.class));

            // The periodic refresh: one node holds the lease and re-assesses every party, the other skips the round.
            assertThat(List.of(
                            first.bean(TrustRefresh.class).run(),
                            second.bean(TrustRefresh.class).run()))
                    .containsExactlyInAnyOrder(PARTIES, -1);
        }
    }
}
