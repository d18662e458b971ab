package org.trustledger.adapters.persistence.party;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.Normalizer;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.trustledger.application.port.in.PageResult;
import org.trustledger.application.port.in.PartySearch;
import org.trustledger.application.port.in.PartyView;
import org.trustledger.application.port.out.PartyViews;
import org.trustledger.domain.DomainException;
import org.trustledger.domain.identity.IdentityKeys;
import org.trustledger.domain.identity.PhoneNumber;
import org.trustledger.domain.party.PartyDetails;
import org.trustledger.domain.party.PartyId;
import org.trustledger.domain.party.PartyKind;
import org.trustledger.domain.party.Yen;
import org.trustledger.domain.trust.Reason;
import org.trustledger.domain.trust.TrustAssessment;
import org.trustledger.domain.trust.TrustStatus;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The party read model in two tables: one row a party, and its phone numbers for lookup by number. */
@Repository
class JdbcPartyViews implements PartyViews {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<Reason>> REASONS = new TypeReference<>() {};
    private static final String SELECT = "SELECT p.*, t.status AS trust_status, t.score AS trust_score,"
            + " t.reasons AS trust_reasons FROM party_view p LEFT JOIN trust_view t ON t.party_id = p.party_id";
    /** The width of the index column; longer keys come only from over-long free text and are not indexed. */
    private static final int MAX_KEY_LENGTH = 400;

    private final JdbcClient jdbc;

    JdbcPartyViews(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<PartyView> find(PartyId partyId) {
        return jdbc.sql(SELECT + " WHERE p.party_id = :id")
                .param("id", partyId.toString())
                .query(JdbcPartyViews::row)
                .optional();
    }

    @Override
    public void save(PartyView view) {
        Map<String, Object> params = new HashMap<>();
        params.put("id", view.partyId().toString());
        params.put("kind", view.kind().name());
        params.put("name", view.details().name().value());
        params.put("nameKey", searchKey(view.details().name().value()));
        params.put("details", JSON.writeValueAsString(view.details()));
        params.put("terminated", view.terminated());
        params.put("outstanding", view.outstanding().value());
        params.put("troubles", view.troubleCount());
        params.put("registeredAt", utc(view.registeredAt()));
        params.put("updatedAt", utc(view.updatedAt()));
        params.put("lastSequence", view.lastSequence());
        String storedDetails = jdbc.sql("SELECT details FROM party_view WHERE party_id = :id")
                .param("id", view.partyId().toString())
                .query(String.class)
                .optional()
                .orElse(null);
        int updated = jdbc.sql("""
                UPDATE party_view SET kind = :kind, name = :name, name_key = :nameKey, details = :details,
                       terminated = :terminated, outstanding_yen = :outstanding, trouble_count = :troubles,
                       registered_at = :registeredAt, updated_at = :updatedAt, last_sequence = :lastSequence
                 WHERE party_id = :id""").params(params).update();
        if (updated == 0) {
            jdbc.sql("""
                    INSERT INTO party_view (party_id, kind, name, name_key, details, terminated, outstanding_yen,
                                            trouble_count, registered_at, updated_at, last_sequence)
                    VALUES (:id, :kind, :name, :nameKey, :details, :terminated, :outstanding,
                            :troubles, :registeredAt, :updatedAt, :lastSequence)""").params(params).update();
        }
        if (!params.get("details").equals(storedDetails)) {
            // Most events leave the details alone; the lookup tables change only when they change.
            replaceLookups(view);
        }
    }

    private void replaceLookups(PartyView view) {
        String id = view.partyId().toString();
        jdbc.sql("DELETE FROM party_phone WHERE party_id = :id").param("id", id).update();
        for (PhoneNumber phone : view.details().phones()) {
            jdbc.sql("INSERT INTO party_phone (party_id, e164) VALUES (:id, :e164)")
                    .param("id", id)
                    .param("e164", phone.e164())
                    .update();
        }
        jdbc.sql("DELETE FROM party_identity_key WHERE party_id = :id")
                .param("id", id)
                .update();
        for (String key : IdentityKeys.of(view.details().identity())) {
            if (key.length() <= MAX_KEY_LENGTH) {
                jdbc.sql("INSERT INTO party_identity_key (identity_key, party_id) VALUES (:key, :id)")
                        .param("key", key)
                        .param("id", id)
                        .update();
            }
        }
    }

    @Override
    public PageResult<PartyView> search(PartySearch search) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (search.text() != null) {
            String textCondition = "p.name_key LIKE :pattern ESCAPE '\\'";
            params.put("pattern", "%" + escapeLike(searchKey(search.text())) + "%");
            Optional<PhoneNumber> phone = phone(search.text());
            if (phone.isPresent()) {
                textCondition += " OR p.party_id IN (SELECT party_id FROM party_phone WHERE e164 = :e164)";
                params.put("e164", phone.get().e164());
            }
            conditions.add("(" + textCondition + ")");
        }
        if (search.kind() != null) {
            conditions.add("p.kind = :kind");
            params.put("kind", search.kind().name());
        }
        if (search.status() != null) {
            conditions.add("t.status = :status");
            params.put("status", search.status().name());
        }
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        long total = jdbc.sql(
                        "SELECT COUNT(*) FROM party_view p LEFT JOIN trust_view t ON t.party_id = p.party_id" + where)
                .params(params)
                .query(Long.class)
                .single();
        params.put("limit", search.size());
        params.put("offset", (long) search.page() * search.size());
        List<PartyView> items = jdbc.sql(
                        SELECT + where + " ORDER BY p.name_key, p.party_id LIMIT :limit OFFSET :offset")
                .params(params)
                .query(JdbcPartyViews::row)
                .list();
        return new PageResult<>(items, search.page(), search.size(), total);
    }

    /** Width, case and spaces do not matter when staff look a name up. */
    static String searchKey(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC)
                .toLowerCase(Locale.ROOT)
                .replaceAll("\\s+", "");
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static Optional<PhoneNumber> phone(String text) {
        if (!text.matches("[\\p{N}\\s()+\\-‐－ー−]{6,}")) {
            return Optional.empty();
        }
        try {
            return Optional.of(PhoneNumber.parse(text));
        } catch (DomainException notAPhone) {
            return Optional.empty();
        }
    }

    private static TrustAssessment trust(ResultSet rs) throws SQLException {
        String status = rs.getString("trust_status");
        if (status == null) {
            return null;
        }
        return new TrustAssessment(
                TrustStatus.valueOf(status),
                rs.getDouble("trust_score"),
                JSON.readValue(rs.getString("trust_reasons"), REASONS));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static PartyView row(ResultSet rs, int rowNum) throws SQLException {
        return new PartyView(
                PartyId.of(rs.getString("party_id")),
                PartyKind.valueOf(rs.getString("kind")),
                JSON.readValue(rs.getString("details"), PartyDetails.class),
                rs.getBoolean("terminated"),
                new Yen(rs.getLong("outstanding_yen")),
                rs.getInt("trouble_count"),
                rs.getObject("registered_at", OffsetDateTime.class).toInstant(),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant(),
                rs.getLong("last_sequence"),
                trust(rs));
    }
}
