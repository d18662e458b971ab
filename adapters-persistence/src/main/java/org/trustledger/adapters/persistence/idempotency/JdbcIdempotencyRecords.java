package org.trustledger.adapters.persistence.idempotency;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.trustledger.application.port.out.IdempotencyRecords;
import org.trustledger.domain.party.PartyId;

/** Idempotency keys in a table whose primary key makes a claim atomic, whichever node takes it. */
@Repository
class JdbcIdempotencyRecords implements IdempotencyRecords {
    private final JdbcClient jdbc;

    JdbcIdempotencyRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Claim> claim(String scope, String key, String fingerprint, Instant at) {
        try {
            jdbc.sql("""
                    INSERT INTO idempotency_key (scope, idem_key, fingerprint, claimed_at)
                    VALUES (:scope, :key, :fingerprint, :at)""")
                    .param("scope", scope)
                    .param("key", key)
                    .param("fingerprint", fingerprint)
                    .param("at", at.atOffset(ZoneOffset.UTC))
                    .update();
            return Optional.empty();
        } catch (DuplicateKeyException taken) {
            return jdbc.sql(
                            "SELECT fingerprint, party_id, sequence_no, seal FROM idempotency_key WHERE scope = :scope AND idem_key = :key")
                    .param("scope", scope)
                    .param("key", key)
                    .query((rs, n) -> {
                        String partyId = rs.getString("party_id");
                        Optional<Outcome> outcome = partyId == null
                                ? Optional.empty()
                                : Optional.of(new Outcome(
                                        PartyId.of(partyId), rs.getLong("sequence_no"), rs.getString("seal")));
                        return new Claim(rs.getString("fingerprint"), outcome);
                    })
                    .optional();
        }
    }

    @Override
    public void complete(String scope, String key, PartyId partyId, long sequence, String seal) {
        jdbc.sql("UPDATE idempotency_key SET party_id = :partyId, sequence_no = :sequence, seal = :seal"
                        + " WHERE scope = :scope AND idem_key = :key")
                .param("partyId", partyId.toString())
                .param("sequence", sequence)
                .param("seal", seal)
                .param("scope", scope)
                .param("key", key)
                .update();
    }

    @Override
    public void release(String scope, String key) {
        jdbc.sql("DELETE FROM idempotency_key WHERE scope = :scope AND idem_key = :key")
                .param("scope", scope)
                .param("key", key)
                .update();
    }
}
