package org.trustledger.adapters.persistence.trust;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.trustledger.adapters.persistence.readmodel.ReadModelGeneration;
import org.trustledger.adapters.persistence.readmodel.SqlDialect;
import org.trustledger.application.port.out.TrustViews;
import org.trustledger.domain.party.PartyId;
import org.trustledger.domain.trust.Reason;
import org.trustledger.domain.trust.TrustAssessment;
import org.trustledger.domain.trust.TrustStatus;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The last trust assessment of each party, one row a party, reasons as JSON. */
@Repository
public class JdbcTrustViews implements TrustViews {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<Reason>> REASONS = new TypeReference<>() {};

    /** Rows per statement when many assessments are written at once. */
    static final int ROWS_PER_STATEMENT = 200;

    private final JdbcClient jdbc;
    private final ReadModelGeneration generation;
    private final SqlDialect dialect;

    /** Over the serving generation: what commands write and staff read. */
    @Autowired
    public JdbcTrustViews(JdbcClient jdbc) {
        this(jdbc, ReadModelGeneration.serving(jdbc));
    }

    /** The views in one generation: the one a rebuild fills, or the serving one, with the very code commands use. */
    public JdbcTrustViews(JdbcClient jdbc, ReadModelGeneration generation) {
        this.jdbc = jdbc;
        this.generation = generation;
        this.dialect = SqlDialect.of(jdbc);
    }

    /** One assessment to write in bulk. */
    public record Assessed(PartyId partyId, TrustAssessment assessment, Instant assessedAt) {}

    /** Inserts or replaces many assessments, a few hundred to a statement, each party at most once. */
    public void saveAll(Collection<Assessed> assessments) {
        List<Assessed> all = List.copyOf(assessments);
        String written = all.isEmpty() ? "" : generation.sql();
        for (int from = 0; from < all.size(); from += ROWS_PER_STATEMENT) {
            List<Assessed> chunk = all.subList(from, Math.min(all.size(), from + ROWS_PER_STATEMENT));
            StringBuilder values = new StringBuilder();
            Map<String, Object> params = new HashMap<>();
            for (int row = 0; row < chunk.size(); row++) {
                Assessed a = chunk.get(row);
                values.append(row == 0 ? "" : ", ")
                        .append("(%2$s, :id%1$d, :status%1$d, :score%1$d, :reasons%1$d, :at%1$d)"
                                .formatted(row, written));
                params.put("id" + row, a.partyId().toString());
                params.put("status" + row, a.assessment().status().name());
                params.put("score" + row, a.assessment().score());
                params.put(
                        "reasons" + row, JSON.writeValueAsString(a.assessment().reasons()));
                params.put("at" + row, a.assessedAt().atOffset(ZoneOffset.UTC));
            }
            String columns = " (generation, party_id, status, score, reasons, assessed_at)";
            String sql = switch (dialect) {
                case H2 -> "MERGE INTO trust_view" + columns + " KEY (generation, party_id) VALUES " + values;
                case POSTGRESQL ->
                    "INSERT INTO trust_view" + columns + " VALUES " + values
                            + " ON CONFLICT (generation, party_id) DO UPDATE SET status = EXCLUDED.status, score = EXCLUDED.score,"
                            + " reasons = EXCLUDED.reasons, assessed_at = EXCLUDED.assessed_at";
            };
            jdbc.sql(sql).params(params).update();
        }
    }

    @Override
    public void lock(Collection<PartyId> parties) {
        List<String> ids =
                parties.stream().map(PartyId::toString).sorted().distinct().toList();
        if (ids.isEmpty()) {
            return;
        }
        // Sorted, so that two transactions lock shared rows in the same order and never wait on each other in a cycle.
        jdbc.sql("SELECT party_id FROM trust_view WHERE generation = " + generation.sql()
                        + " AND party_id IN (:ids) ORDER BY party_id FOR UPDATE")
                .param("ids", ids)
                .query(String.class)
                .list();
    }

    @Override
    public void save(PartyId partyId, TrustAssessment assessment, Instant assessedAt) {
        String id = partyId.toString();
        String written = generation.sql();
        String reasons = JSON.writeValueAsString(assessment.reasons());
        OffsetDateTime at = assessedAt.atOffset(ZoneOffset.UTC);
        int updated = jdbc.sql("UPDATE trust_view"
                        + " SET status = :status, score = :score, reasons = :reasons, assessed_at = :at"
                        + " WHERE generation = " + written + " AND party_id = :id")
                .param("status", assessment.status().name())
                .param("score", assessment.score())
                .param("reasons", reasons)
                .param("at", at)
                .param("id", id)
                .update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO trust_view (generation, party_id, status, score, reasons, assessed_at)" + " VALUES ("
                            + written + ", :id, :status, :score, :reasons, :at)")
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
        return jdbc.sql("SELECT status, score, reasons, assessed_at FROM trust_view WHERE generation = "
                        + generation.sql() + " AND party_id = :id")
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
        return jdbc.sql("SELECT party_id FROM trust_view WHERE generation = " + generation.sql()
                        + " ORDER BY party_id LIMIT :limit OFFSET :offset")
                .param("limit", limit)
                .param("offset", offset)
                .query((rs, n) -> PartyId.of(rs.getString(1)))
                .list();
    }
}
