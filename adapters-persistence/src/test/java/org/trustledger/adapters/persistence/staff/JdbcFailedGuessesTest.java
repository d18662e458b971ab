package org.trustledger.adapters.persistence.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.trustledger.adapters.persistence.support.TestDatabases;
import org.trustledger.adapters.persistence.support.TestDatabases.Kind;

/** Failed guesses noted by one node are counted by the other, for the window only; on each database. */
class JdbcFailedGuessesTest {
    private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");
    private static final Duration HOUR = Duration.ofHours(1);

    @ParameterizedTest
    @EnumSource(Kind.class)
    void failuresNotedOnOneNodeAreCountedOnTheOtherUntilForgotten(Kind kind) {
        JdbcClient jdbc = JdbcClient.create(TestDatabases.migrated(kind));
        JdbcFailedGuesses nodeA = new JdbcFailedGuesses(jdbc);
        JdbcFailedGuesses nodeB = new JdbcFailedGuesses(jdbc);

        nodeA.add("login:kenji\n203.0.113.5", T0, T0.minus(HOUR));
        nodeB.add(
                "login:kenji\n203.0.113.5", T0.plusSeconds(1), T0.plusSeconds(1).minus(HOUR));
        nodeB.add("203.0.113.5", T0.plusSeconds(1), T0.plusSeconds(1).minus(HOUR));

        assertThat(nodeA.after("login:kenji\n203.0.113.5", T0.minusSeconds(1))).containsExactly(T0, T0.plusSeconds(1));
        assertThat(nodeA.after("login:kenji\n203.0.113.5", T0)).containsExactly(T0.plusSeconds(1));
        assertThat(nodeA.after("login:hanako\n203.0.113.5", T0.minus(HOUR))).isEmpty();

        nodeB.add("203.0.113.9", T0.plus(HOUR).plusSeconds(5), T0.plusSeconds(5));
        assertThat(nodeA.after("login:kenji\n203.0.113.5", T0.minus(HOUR)))
                .as("older than the window: gone from the table")
                .isEmpty();

        nodeA.forget("203.0.113.9");
        assertThat(nodeB.after("203.0.113.9", T0)).isEmpty();
    }
}
