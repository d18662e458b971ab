package org.trustledger.adapters.persistence.people;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.trustledger.adapters.persistence.personal.JdbcPersonIds;
import org.trustledger.adapters.persistence.readmodel.ReadModelGeneration;
import org.trustledger.adapters.persistence.readmodel.SqlDialect;
import org.trustledger.application.port.out.PeopleIndex;
import org.trustledger.domain.identity.PhoneNumber;
import org.trustledger.domain.party.PartyId;
import org.trustledger.domain.party.PartyPeople.Appearance;
import org.trustledger.domain.party.PartyPeople.Role;
import org.trustledger.domain.party.PersonId;

/**
 * The people index in {@code person_appearance}, one row an appearance, in one generation of the read models: the
 * serving one for commands and staff, or the one a rebuild fills. A person who is no party of their own is filed under
 * an id {@link JdbcPersonIds} makes from their identity, which reveals nothing of it.
 */
public class JdbcPeopleIndex implements PeopleIndex {
    /** Rows per statement when many are written at once: one round trip each, well under any bind limit. */
    static final int ROWS_PER_STATEMENT = 200;
    /** The width of the text columns; a longer value comes only from over-long history and is cut. */
    static final int MAX_LENGTH = 1000;

    private static final String COLUMNS =
            "person_id, generation, party_id, sequence, role, name, name_key, name_reading, phones, recorded_at";
    private static final String KEY = "person_id, generation, party_id, sequence, role";
    private static final List<String> PARAMETERS =
            List.of("person", "party", "sequence", "role", "name", "nameKey", "reading", "phones", "at");

    private final JdbcClient jdbc;
    private final ReadModelGeneration generation;
    private final SqlDialect dialect;
    private final JdbcPersonIds ids;

    /** Over the serving generation: what commands write and staff read. */
    public JdbcPeopleIndex(JdbcClient jdbc, JdbcPersonIds ids) {
        this(jdbc, ReadModelGeneration.serving(jdbc), ids);
    }

    /** The index in one generation: the one a rebuild fills, or the serving one, with the very code commands use. */
    public JdbcPeopleIndex(JdbcClient jdbc, ReadModelGeneration generation, JdbcPersonIds ids) {
        this.jdbc = jdbc;
        this.generation = generation;
        this.dialect = SqlDialect.of(jdbc);
        this.ids = ids;
    }

    /** One row to write, its person's id already made. */
    public record Row(
            PersonId person,
            PartyId party,
            long sequence,
            Role role,
            String name,
            String nameKey,
            String reading,
            String phones,
            Instant recordedAt) {}

    /** The rows an entry's people give, without writing them. */
    public List<Row> rows(PartyId party, long sequence, Instant recordedAt, List<Appearance> people) {
        return people.stream()
                .map(person -> new Row(
                        person.identity() == null ? PersonId.of(party) : ids.of(person.identity()),
                        party,
                        sequence,
                        person.role(),
                        person.name() == null ? null : cut(person.name()),
                        cut(person.key().value()),
                        cut(person.key().reading()),
                        phones(person.phones().stream().map(PhoneNumber::e164).toList()),
                        recordedAt))
                .toList();
    }

    @Override
    public void file(PartyId party, long sequence, Instant recordedAt, List<Appearance> people) {
        fileAll(rows(party, sequence, recordedAt, people));
    }

    /** Writes many rows, a few hundred to a statement; a row already filed stays as it is. */
    public void fileAll(Collection<Row> rows) {
        // Each key once: PostgreSQL and H2 refuse to write one row twice in a statement.
        Map<List<Object>, Row> distinct = new LinkedHashMap<>();
        rows.forEach(row -> distinct.putIfAbsent(List.of(row.person(), row.party(), row.sequence(), row.role()), row));
        List<Row> all = List.copyOf(distinct.values());
        for (int from = 0; from < all.size(); from += ROWS_PER_STATEMENT) {
            List<Row> chunk = all.subList(from, Math.min(all.size(), from + ROWS_PER_STATEMENT));
            Map<String, Object> params = new HashMap<>();
            for (int i = 0; i < chunk.size(); i++) {
                Row row = chunk.get(i);
                params.put("person" + i, row.person().toString());
                params.put("party" + i, row.party().toString());
                params.put("sequence" + i, row.sequence());
                params.put("role" + i, row.role().name());
                params.put("name" + i, row.name());
                params.put("nameKey" + i, row.nameKey());
                params.put("reading" + i, row.reading());
                params.put("phones" + i, row.phones());
                params.put("at" + i, row.recordedAt().atOffset(ZoneOffset.UTC));
            }
            jdbc.sql(insert(chunk.size())).params(params).update();
        }
    }

    private String insert(int rows) {
        String written = generation.sql();
        StringBuilder values = new StringBuilder();
        for (int row = 0; row < rows; row++) {
            values.append(row == 0 ? "(" : ", (");
            for (int p = 0; p < PARAMETERS.size(); p++) {
                // The generation is the second column.
                values.append(p == 1 ? ", " + written + ", " : p == 0 ? "" : ", ")
                        .append(':')
                        .append(PARAMETERS.get(p))
                        .append(row);
            }
            values.append(')');
        }
        return switch (dialect) {
            case H2 -> "MERGE INTO person_appearance (" + COLUMNS + ") KEY (" + KEY + ") VALUES " + values;
            case POSTGRESQL ->
                "INSERT INTO person_appearance (" + COLUMNS + ") VALUES " + values + " ON CONFLICT DO NOTHING";
        };
    }

    @Override
    public void forget(PartyId party) {
        jdbc.sql("DELETE FROM person_appearance WHERE generation = " + generation.sql() + " AND party_id = :party")
                .param("party", party.toString())
                .update();
    }

    @Override
    public void forget(PersonId person, PartyId party) {
        jdbc.sql("DELETE FROM person_appearance WHERE person_id = :person AND generation = " + generation.sql()
                        + " AND party_id = :party")
                .param("person", person.toString())
                .param("party", party.toString())
                .update();
    }

    @Override
    public List<PersonId> search(String nameKey, String e164, int limit) {
        List<String> alternatives = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (nameKey != null && !nameKey.isEmpty()) {
            alternatives.add("name_key LIKE :name ESCAPE '\\'");
            alternatives.add("name_reading LIKE :name ESCAPE '\\'");
            params.put("name", "%" + escapeLike(nameKey) + "%");
        }
        if (e164 != null) {
            alternatives.add("phones LIKE :phone ESCAPE '\\'");
            params.put("phone", "% " + escapeLike(e164) + " %");
        }
        if (alternatives.isEmpty()) {
            return List.of();
        }
        params.put("limit", limit);
        return jdbc.sql("SELECT person_id, MAX(recorded_at) AS seen FROM person_appearance WHERE generation = "
                        + generation.sql() + " AND (" + String.join(" OR ", alternatives) + ")"
                        + " GROUP BY person_id ORDER BY seen DESC, person_id LIMIT :limit")
                .params(params)
                .query((rs, n) -> PersonId.of(rs.getString("person_id")))
                .list();
    }

    @Override
    public List<Filed> appearances(Collection<PersonId> people) {
        if (people.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT * FROM person_appearance WHERE person_id IN (:people) AND generation = "
                        + generation.sql() + " ORDER BY recorded_at, party_id, sequence, role")
                .param("people", people.stream().map(PersonId::toString).toList())
                .query((rs, n) -> new Filed(
                        PersonId.of(rs.getString("person_id")),
                        PartyId.of(rs.getString("party_id")),
                        rs.getLong("sequence"),
                        Role.valueOf(rs.getString("role")),
                        rs.getString("name"),
                        Arrays.stream(rs.getString("phones").strip().split(" "))
                                .filter(phone -> !phone.isEmpty())
                                .toList(),
                        rs.getObject("recorded_at", OffsetDateTime.class).toInstant()))
                .list();
    }

    /** The numbers, each followed by a space and the first after one, so that a search finds a whole number only. */
    static String phones(List<String> e164) {
        StringBuilder out = new StringBuilder(" ");
        for (String number : e164) {
            if (out.length() + number.length() + 1 > MAX_LENGTH) {
                break;
            }
            out.append(number).append(' ');
        }
        return out.toString();
    }

    private static String cut(String text) {
        return text.length() <= MAX_LENGTH ? text : text.substring(0, MAX_LENGTH);
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
