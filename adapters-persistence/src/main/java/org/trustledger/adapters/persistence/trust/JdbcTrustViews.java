package org.trustledger.adapters.persistence.trust;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.trustledger.application.port.out.TrustViews;
import org.trustledger.domain.party.PartyId;
import org.trustledger.domain.trust.Reason;
import org.trustledger.domain.trust.TrustAssessment;
import org.trustledger.domain.trust.TrustStatus;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The last trust assessment of each party, one row a party, reasons as JSON. */
@Repository
class JdbcTrustViews implements TrustViews {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<Reason>> REASONS = new TypeReference<>() {};

    private final JdbcClient jdbc;

    JdbcTrustViews(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void lock(Collection<PartyId> parties) {
        List<String> ids =
                parties.stream().map(PartyId::toString).sorted().distinct().toList();
        if (ids.isEmpty()) {
            return;
        }
        // Sorted, so that two transactions lock shared rows in the same order and never wait on each other in a cycle.
        jdbc.sql("SELECT party_id FROM trust_view WHERE party_id IN (:ids) ORDER BY party_id FOR UPDATE")
                .param("ids", ids)
                .query(String.class)
                .list();
    }

    @Override
    public void save(PartyId partyId, TrustAssessment assessment, Instant assessedAt) {
        String id = partyId.toString();
        String reasons = JSON.writeValueAsString(assessment.reasons());
        OffsetDateTime at = assessedAt.atOffset(ZoneOffset.UTC);
        int updated = jdbc.sql(
                        "UPDATE trust_view SET status = :status, score = :score, reasons = :reasons, assessed_at = :at"
                                + " WHERE party_id = :id")
                .param("status", assessment.status().name())
                .param("score", assessment.score())
                .param("reasons", reasons)
                .param("at", at)
                .param("id", id)
                .update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO trust_view (party_id, status, score, reasons, assessed_at)"
                            + " VALUES (:id, :status, :score, :reasons, :at)")
                    .param("id", id)
                    .param("status", assessment.status().name())
                    .param("score", assessment.score())
                    .param("reasons", reasons)
                    .param("at", at)
                    .update();
        }
    }

    @Override
    public Optional<StoredAssessment> find(PartyId partyId) {
        return jdbc.sql("SELECT status, score, reasons, assessed_at FROM trust_view WHERE party_id = :id")
                .param("id", partyId.toString())
                .query((rs, n) -> new StoredAssessment(
                        new TrustAssessment(
                                TrustStatus.valueOf(rs.getString("status")),
                                rs.getDouble("score"),
                                JSON.readValue(rs.getString("reasons"), REASONS)),
                        rs.getObject("assessed_at", OffsetDateTime.class).toInstant()))
                .optional();
    }

    @Override
    public List<PartyId> partyIds(int offset, int limit) {
        return jdbc.sql("SELECT party_id FROM trust_view ORDER BY party_id LIMIT :limit OFFSET :offset")
                .param("limit", limit)
                .param("offset", offset)
                .query((rs, n) -> PartyId.of(rs.getString(1)))
                .list();
    }
}
