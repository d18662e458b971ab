package org.trustledger.adapters.persistence.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.trustledger.adapters.persistence.support.TestDatabases;
import org.trustledger.adapters.persistence.support.TestDatabases.Kind;
import org.trustledger.application.port.out.IdempotencyRecords.Claim;
import org.trustledger.application.port.out.IdempotencyRecords.Outcome;
import org.trustledger.domain.party.PartyId;

/** Idempotency keys on each supported database. */
class JdbcIdempotencyRecordsTest {
    private static final Instant T0 = Instant.parse("2026-03-01T01:00:00Z");

    @ParameterizedTest
    @EnumSource(Kind.class)
    void firstClaimWins_laterClaimsSeeItsFingerprintAndOutcome(Kind kind) {
        var records = new JdbcIdempotencyRecords(JdbcClient.create(TestDatabases.migrated(kind)));
        PartyId party = new PartyId(UUID.randomUUID());

        assertThat(records.claim("alice", "k1", "fp-1", T0)).isEmpty();
        assertThat(records.claim("alice", "k1", "fp-1", T0)).contains(new Claim("fp-1", Optional.empty()));

        records.complete("alice", "k1", party, 7, "ab12");
        assertThat(records.claim("alice", "k1", "fp-2", T0))
                .contains(new Claim("fp-1", Optional.of(new Outcome(party, 7, "ab12"))));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void keysOfDifferentUsers_doNotCollide(Kind kind) {
        var records = new JdbcIdempotencyRecords(JdbcClient.create(TestDatabases.migrated(kind)));
        assertThat(records.claim("alice", "k1", "fp-1", T0)).isEmpty();
        assertThat(records.claim("bob", "k1", "fp-9", T0)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void releasedKey_canBeClaimedAgain(Kind kind) {
        var records = new JdbcIdempotencyRecords(JdbcClient.create(TestDatabases.migrated(kind)));
        assertThat(records.claim("alice", "k1", "fp-1", T0)).isEmpty();
        records.release("alice", "k1");
        assertThat(records.claim("alice", "k1", "fp-2", T0)).isEmpty();
    }
}
