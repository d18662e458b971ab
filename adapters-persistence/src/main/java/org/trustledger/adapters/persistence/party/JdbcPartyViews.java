package org.trustledger.adapters.persistence.party;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.Normalizer;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.trustledger.adapters.persistence.readmodel.ReadModelGeneration;
import org.trustledger.adapters.persistence.readmodel.SqlDialect;
import org.trustledger.application.port.in.PageResult;
import org.trustledger.application.port.in.PartySearch;
import org.trustledger.application.port.in.PartyView;
import org.trustledger.application.port.out.PartyViews;
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
public class JdbcPartyViews implements PartyViews {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<Reason>> REASONS = new TypeReference<>() {};
    private static final String COLUMNS =
            "generation, party_id, kind, name, name_key, search_key, phone_digits, details,"
                    + " terminated, outstanding_yen, trouble_count, registered_at, updated_at, last_sequence";
    private static final List<String> PARAMETERS = List.of(
            "id",
            "kind",
            "name",
            "nameKey",
            "searchKey",
            "phoneDigits",
            "details",
            "terminated",
            "outstanding",
            "troubles",
            "registeredAt",
            "updatedAt",
            "lastSequence");
    /** Rows per statement when many views are written at once: one round trip each, well under any bind limit. */
    static final int ROWS_PER_STATEMENT = 200;
    /** Fewer digits than this are too common to tell parties apart by the end of a number. */
    private static final int MIN_PHONE_DIGITS = 4;

    private static final String FROM = " FROM party_view p LEFT JOIN trust_view t"
            + " ON t.generation = p.generation AND t.party_id = p.party_id WHERE p.generation = ";
    private static final String SELECT =
            "SELECT p.*, t.status AS trust_status, t.score AS trust_score, t.reasons AS trust_reasons" + FROM;

    private final JdbcClient jdbc;
    private final ReadModelGeneration generation;
    private final SqlDialect dialect;

    /** Over the serving generation: what commands write and staff read. */
    @Autowired
    public JdbcPartyViews(JdbcClient jdbc) {
        this(jdbc, ReadModelGeneration.serving(jdbc));
    }

    /** The adapter over one generation: the one a rebuild fills, or the serving one, with the very code commands use. */
    public JdbcPartyViews(JdbcClient jdbc, ReadModelGeneration generation) {
        this.jdbc = jdbc;
        this.generation = generation;
        this.dialect = SqlDialect.of(jdbc);
    }

    /**
     * An upsert of {@code rows} views in one statement into the adapter's generation, parameters suffixed with the
     * row's number.
     */
    private String upsert(int rows) {
        String written = generation.sql();
        StringBuilder values = new StringBuilder();
        for (int row = 0; row < rows; row++) {
            values.append(row == 0 ? "(" : ", (").append(written);
            for (String parameter : PARAMETERS) {
                values.append(", :").append(parameter).append(row);
            }
            values.append(')');
        }
        return switch (dialect) {
            case H2 -> "MERGE INTO party_view (" + COLUMNS + ") KEY (generation, party_id) VALUES " + values;
            case POSTGRESQL ->
                "INSERT INTO party_view (" + COLUMNS + ") VALUES " + values
                        + " ON CONFLICT (generation, party_id) DO UPDATE SET kind = EXCLUDED.kind, name = EXCLUDED.name,"
                        + " name_key = EXCLUDED.name_key, search_key = EXCLUDED.search_key,"
                        + " phone_digits = EXCLUDED.phone_digits, details = EXCLUDED.details,"
                        + " terminated = EXCLUDED.terminated, outstanding_yen = EXCLUDED.outstanding_yen,"
                        + " trouble_count = EXCLUDED.trouble_count, registered_at = EXCLUDED.registered_at,"
                        + " updated_at = EXCLUDED.updated_at, last_sequence = EXCLUDED.last_sequence";
        };
    }

    @Override
    public Optional<PartyView> find(PartyId partyId) {
        return jdbc.sql(SELECT + generation.sql() + " AND p.party_id = :id")
                .param("id", partyId.toString())
                .query(JdbcPartyViews::row)
                .optional();
    }

    @Override
    public void save(PartyView view) {
        Map<String, Object> params = new HashMap<>();
        bind(view, 0, params, DetailsColumns.of(view.details()));
        jdbc.sql(upsert(1)).params(params).update();
    }

    /**
     * Inserts or replaces many views, a few hundred to a statement; each party at most once, since PostgreSQL refuses
     * to upsert one row twice in a statement.
     */
    public void saveAll(Collection<PartyView> views) {
        saveAll(views, DetailsColumns::of);
    }

    /**
     * As {@link #saveAll(Collection)}, each view's details written as {@code columns} answers: a writer that writes the
     * same parties again and again can remember them rather than normalise the same name and numbers every time.
     */
    public void saveAll(Collection<PartyView> views, Function<PartyDetails, DetailsColumns> columns) {
        List<PartyView> all = List.copyOf(views);
        for (int from = 0; from < all.size(); from += ROWS_PER_STATEMENT) {
            List<PartyView> chunk = all.subList(from, Math.min(all.size(), from + ROWS_PER_STATEMENT));
            Map<String, Object> params = new HashMap<>();
            for (int row = 0; row < chunk.size(); row++) {
                PartyView view = chunk.get(row);
                bind(view, row, params, columns.apply(view.details()));
            }
            jdbc.sql(upsert(chunk.size())).params(params).update();
        }
    }

    /** The columns of a party's row that follow from its details alone: the same details always give the same. */
    public record DetailsColumns(String nameKey, String searchKey, String phoneDigits, String json) {
        public static DetailsColumns of(PartyDetails details) {
            String name = details.name().value();
            return new DetailsColumns(
                    PartySearchColumns.nameKey(name),
                    PartySearchColumns.coreKey(name),
                    PartySearchColumns.phoneDigits(details.phones()),
                    JSON.writeValueAsString(details));
        }
    }

    private static void bind(PartyView view, int row, Map<String, Object> params, DetailsColumns columns) {
        String name = view.details().name().value();
        params.put("id" + row, view.partyId().toString());
        params.put("kind" + row, view.kind().name());
        params.put("name" + row, name);
        params.put("nameKey" + row, columns.nameKey());
        params.put("searchKey" + row, columns.searchKey());
        params.put("phoneDigits" + row, columns.phoneDigits());
        params.put("details" + row, columns.json());
        params.put("terminated" + row, view.terminated());
        params.put("outstanding" + row, view.outstanding().value());
        params.put("troubles" + row, view.troubleCount());
        params.put("registeredAt" + row, utc(view.registeredAt()));
        params.put("updatedAt" + row, utc(view.updatedAt()));
        params.put("lastSequence" + row, view.lastSequence());
    }

    /** A page of party ids after {@code after} (none: from the first), in id order, for walking every party. */
    public List<PartyId> partyIds(PartyId after, int limit) {
        return jdbc.sql("SELECT party_id FROM party_view WHERE generation = " + generation.sql()
                        + " AND party_id > :after ORDER BY party_id LIMIT :limit")
                .param("after", after == null ? "" : after.toString())
                .param("limit", limit)
                .query((rs, n) -> PartyId.of(rs.getString(1)))
                .list();
    }

    @Override
    public PageResult<PartyView> search(PartySearch search) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        String serving = generation.sql();
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
        String where = conditions.isEmpty() ? "" : " AND " + String.join(" AND ", conditions);
        long total = jdbc.sql("SELECT COUNT(*)" + FROM + serving + where)
                .params(params)
                .query(Long.class)
                .single();
        params.put("limit", search.size());
        params.put("offset", (long) search.page() * search.size());
        List<PartyView> items = jdbc.sql(
                        SELECT + serving + where + " ORDER BY p.name_key, p.party_id LIMIT :limit OFFSET :offset")
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
                JSON.readValue(details, PartyDetails.class),
                rs.getBoolean("terminated"),
                new Yen(outstanding),
                rs.getInt("trouble_count"),
                rs.getObject("registered_at", OffsetDateTime.class).toInstant(),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant(),
                rs.getLong("last_sequence"),
                trust(rs));
    }
}
