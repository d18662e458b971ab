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
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.trustledger.application.port.in.PageResult;
import org.trustledger.application.port.in.PartySearch;
import org.trustledger.application.port.in.PartyView;
import org.trustledger.application.port.out.PartyViews;
import org.trustledger.domain.AsStored;
import org.trustledger.domain.DomainException;
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

/**
 * The party read model, one row a party, with the columns the list is searched by; the identity index is kept by
 * {@link JdbcPartyIdentityIndex} through its own port.
 */
@Repository
class JdbcPartyViews implements PartyViews {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<Reason>> REASONS = new TypeReference<>() {};
    private static final String SELECT = "SELECT p.*, t.status AS trust_status, t.score AS trust_score,"
            + " t.reasons AS trust_reasons FROM party_view p LEFT JOIN trust_view t ON t.party_id = p.party_id";
    private static final String COLUMNS = "party_id, kind, name, name_key, search_key, phone_digits, details,"
            + " terminated, outstanding_yen, trouble_count, registered_at, updated_at, last_sequence";
    private static final String VALUES = ":id, :kind, :name, :nameKey, :searchKey, :phoneDigits, :details,"
            + " :terminated, :outstanding, :troubles, :registeredAt, :updatedAt, :lastSequence";
    /** Fewer digits than this are too common to tell parties apart by the end of a number. */
    private static final int MIN_PHONE_DIGITS = 4;

    private final JdbcClient jdbc;
    private final String upsert;

    JdbcPartyViews(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.upsert = switch (SqlDialect.of(jdbc)) {
            case H2 -> "MERGE INTO party_view (" + COLUMNS + ") KEY (party_id) VALUES (" + VALUES + ")";
            case POSTGRESQL ->
                "INSERT INTO party_view (" + COLUMNS + ") VALUES (" + VALUES + ")"
                        + " ON CONFLICT (party_id) DO UPDATE SET kind = EXCLUDED.kind, name = EXCLUDED.name,"
                        + " name_key = EXCLUDED.name_key, search_key = EXCLUDED.search_key,"
                        + " phone_digits = EXCLUDED.phone_digits, details = EXCLUDED.details,"
                        + " terminated = EXCLUDED.terminated, outstanding_yen = EXCLUDED.outstanding_yen,"
                        + " trouble_count = EXCLUDED.trouble_count, registered_at = EXCLUDED.registered_at,"
                        + " updated_at = EXCLUDED.updated_at, last_sequence = EXCLUDED.last_sequence";
        };
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
        String name = view.details().name().value();
        Map<String, Object> params = new HashMap<>();
        params.put("id", view.partyId().toString());
        params.put("kind", view.kind().name());
        params.put("name", name);
        params.put("nameKey", PartySearchColumns.nameKey(name));
        params.put("searchKey", PartySearchColumns.coreKey(name));
        params.put("phoneDigits", PartySearchColumns.phoneDigits(view.details().phones()));
        params.put("details", JSON.writeValueAsString(view.details()));
        params.put("terminated", view.terminated());
        params.put("outstanding", view.outstanding().value());
        params.put("troubles", view.troubleCount());
        params.put("registeredAt", utc(view.registeredAt()));
        params.put("updatedAt", utc(view.updatedAt()));
        params.put("lastSequence", view.lastSequence());
        jdbc.sql(upsert).params(params).update();
    }

    @Override
    public PageResult<PartyView> search(PartySearch search) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (search.text() != null) {
            conditions.add("(" + textCondition(search.text(), params) + ")");
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

    /**
     * The name as written or without its legal form, in screening's normalisation; and a phone number in any
     * notation, or the last four or more digits of one.
     */
    private static String textCondition(String text, Map<String, Object> params) {
        List<String> alternatives = new ArrayList<>();
        alternatives.add("p.name_key LIKE :name ESCAPE '\\'");
        params.put("name", contains(PartySearchColumns.nameKey(text)));
        String core = PartySearchColumns.coreKey(text);
        if (!core.isEmpty()) {
            alternatives.add("p.search_key LIKE :core ESCAPE '\\'");
            params.put("core", contains(core));
        }
        Optional<String> digits = phone(text)
                .map(phone -> PartySearchColumns.digits(phone.base().display()))
                .or(() -> lastDigits(text));
        if (digits.isPresent()) {
            alternatives.add("p.phone_digits LIKE :digits ESCAPE '\\'");
            params.put("digits", "%" + digits.get() + " %");
        }
        return String.join(" OR ", alternatives);
    }

    private static String contains(String key) {
        return "%" + escapeLike(key) + "%";
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static Optional<PhoneNumber> phone(String text) {
        if (!looksLikeDigits(text)) {
            return Optional.empty();
        }
        try {
            return Optional.of(PhoneNumber.parse(text));
        } catch (DomainException notAPhone) {
            return Optional.empty();
        }
    }

    /** The end of a number as staff remember it: 7788, 5321-7788, in either width. */
    private static Optional<String> lastDigits(String text) {
        String halfWidth = Normalizer.normalize(text, Normalizer.Form.NFKC);
        if (!halfWidth.matches("[0-9\\s()\\-‐ー−]+")) {
            return Optional.empty();
        }
        String digits = PartySearchColumns.digits(halfWidth);
        return digits.length() >= MIN_PHONE_DIGITS ? Optional.of(digits) : Optional.empty();
    }

    // A name may hold digits too; only text made of what phone numbers are written with is tried as one, so that
    // "サンライズ2" is not read as a number. An extension (内線12, ext. 12, x12) may follow.
    private static boolean looksLikeDigits(String text) {
        String halfWidth = Normalizer.normalize(text, Normalizer.Form.NFKC);
        String number = halfWidth.replaceFirst("(?i)[\\s(\\[]*(内線|extension|extn|ext|x|#).*$", "");
        return number.matches("[0-9\\s()+\\-‐ー−]{6,}");
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
        // The view holds what the stored history says, which today's rules may no longer accept: read as stored.
        String details = rs.getString("details");
        long outstanding = rs.getLong("outstanding_yen");
        return new PartyView(
                PartyId.of(rs.getString("party_id")),
                PartyKind.valueOf(rs.getString("kind")),
                AsStored.read(() -> JSON.readValue(details, PartyDetails.class)),
                rs.getBoolean("terminated"),
                AsStored.read(() -> new Yen(outstanding)),
                rs.getInt("trouble_count"),
                rs.getObject("registered_at", OffsetDateTime.class).toInstant(),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant(),
                rs.getLong("last_sequence"),
                trust(rs));
    }
}
