package org.trustledger.adapters.persistence.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.trustledger.adapters.persistence.support.TestDatabases;
import org.trustledger.adapters.persistence.support.TestDatabases.Kind;
import org.trustledger.application.port.in.IntegrityCheck.Checkpoint;
import org.trustledger.application.port.out.LedgerCheckpoints.Head;
import org.trustledger.domain.party.PartyId;

/** The chain of checkpoints is appended to once per number, and a party's head is its latest, on each database. */
class JdbcLedgerCheckpointsTest {
    private static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");
    private static final PartyId ACME = new PartyId(UUID.randomUUID());
    private static final PartyId BETA = new PartyId(UUID.randomUUID());

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aNumberIsTakenOnce_andEachPartysHeadIsTheLatestThatNamesIt(Kind kind) {
        DataSource dataSource = TestDatabases.migrated(kind);
        JdbcLedgerCheckpoints checkpoints =
                new JdbcLedgerCheckpoints(dataSource, new DataSourceTransactionManager(dataSource));
        assertThat(checkpoints.latest()).isEmpty();

        Checkpoint first = new Checkpoint(1, T0, 7, 2, "", "a".repeat(64));
        assertThat(checkpoints.append(
                        first, new TreeSet<>(List.of(3L, 5L)), List.of(head(1, ACME, 3, "1"), head(1, BETA, 2, null))))
                .isTrue();
        Checkpoint second = new Checkpoint(2, T0.plusSeconds(60), 9, 1, first.hash(), "b".repeat(64));
        assertThat(checkpoints.append(second, new TreeSet<>(), List.of(head(2, ACME, 5, "2"))))
                .isTrue();
        Checkpoint rival = new Checkpoint(2, T0.plusSeconds(61), 9, 1, first.hash(), "c".repeat(64));
        assertThat(checkpoints.append(rival, new TreeSet<>(), List.of(head(2, BETA, 4, "3"))))
                .as("another node took number 2 first: nothing of this one is kept")
                .isFalse();

        assertThat(checkpoints.latest().orElseThrow().checkpoint()).isEqualTo(second);
        assertThat(checkpoints.first()).contains(first);
        assertThat(checkpoints.head(ACME)).contains(head(2, ACME, 5, "2"));
        assertThat(checkpoints.head(BETA)).contains(head(1, BETA, 2, null));
        List<Head> latest = new ArrayList<>();
        checkpoints.forEachLatestHead(latest::add);
        assertThat(latest).containsExactlyInAnyOrder(head(2, ACME, 5, "2"), head(1, BETA, 2, null));
        List<Long> chain = new ArrayList<>();
        checkpoints.forEach((checkpoint, heads) -> {
            chain.add(checkpoint.number());
            assertThat(heads).hasSize((int) checkpoint.parties());
        });
        assertThat(chain).containsExactly(1L, 2L);

        // Where the next checkpoint reads on from: the indexes skipped by the first were kept with it.
        Checkpoint third = new Checkpoint(3, T0.plusSeconds(120), 12, 0, second.hash(), "d".repeat(64));
        checkpoints.append(third, new TreeSet<>(List.of(10L)), List.of());
        assertThat(checkpoints.latest().orElseThrow().gaps()).containsExactly(10L);
    }

    private static Head head(long number, PartyId party, long sequence, String sealSuffix) {
        return new Head(number, party, sequence, sealSuffix == null ? null : "f".repeat(63) + sealSuffix);
    }
}
