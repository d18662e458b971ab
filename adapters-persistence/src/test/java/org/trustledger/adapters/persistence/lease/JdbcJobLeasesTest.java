package org.trustledger.adapters.persistence.lease;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.trustledger.adapters.persistence.support.TestDatabases;
import org.trustledger.adapters.persistence.support.TestDatabases.Kind;

/** One node at a time holds a job's lease, on each supported database. */
class JdbcJobLeasesTest {
    private static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");
    private static final Duration HOUR = Duration.ofHours(1);

    @ParameterizedTest
    @EnumSource(Kind.class)
    void oneHolderAtATime_untilTheLeaseRunsOut(Kind kind) {
        JdbcClient jdbc = JdbcClient.create(TestDatabases.migrated(kind));
        JdbcJobLeases nodeA = new JdbcJobLeases(jdbc);
        JdbcJobLeases nodeB = new JdbcJobLeases(jdbc);

        assertThat(nodeA.tryAcquire("trust-refresh", "node-a", T0, HOUR)).isTrue();
        assertThat(nodeB.tryAcquire("trust-refresh", "node-b", T0.plusSeconds(60), HOUR))
                .isFalse();
        assertThat(nodeA.tryAcquire("trust-refresh", "node-a", T0.plusSeconds(120), HOUR))
                .as("the holder renews")
                .isTrue();
        assertThat(nodeB.tryAcquire("trust-refresh", "node-b", T0.plus(HOUR), HOUR))
                .as("still renewed")
                .isFalse();
        assertThat(nodeB.tryAcquire("trust-refresh", "node-b", T0.plus(HOUR).plusSeconds(120), HOUR))
                .as("run out")
                .isTrue();
        assertThat(nodeA.tryAcquire("trust-refresh", "node-a", T0.plus(HOUR).plusSeconds(180), HOUR))
                .isFalse();
        assertThat(nodeA.tryAcquire("another-job", "node-a", T0, HOUR)).isTrue();
    }
}
