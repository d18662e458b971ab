package org.trustledger.adapters.persistence.party;

import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.trustledger.adapters.persistence.readmodel.ReadModelGeneration;
import org.trustledger.adapters.persistence.readmodel.SqlDialect;
import org.trustledger.application.port.out.PartyIdentityIndex;
import org.trustledger.application.port.out.PartyIdentityIndexWriter;
import org.trustledger.domain.party.PartyId;

/** The identity index in one table of key and party: written by the party projection, looked up by screening. */
@Repository
public class JdbcPartyIdentityIndex implements PartyIdentityIndex, PartyIdentityIndexWriter {
    /** The width of the index column; longer keys come only from over-long free text and are not indexed. */
    static final int MAX_KEY_LENGTH = 400;

    /** Keys per statement when many are filed at once. */
    static final int ROWS_PER_STATEMENT = 500;

    private final JdbcClient jdbc;
    private final ReadModelGeneration generation;
    private final SqlDialect dialect;

    /** Over the serving generation: what commands write and staff read. */
    @Autowired
    public JdbcPartyIdentityIndex(JdbcClient jdbc) {
        this(jdbc, ReadModelGeneration.serving(jdbc));
    }

    /** The index in one generation: the one a rebuild fills, or the serving one, with the very code commands use. */
    public JdbcPartyIdentityIndex(JdbcClient jdbc, ReadModelGeneration generation) {
        this.jdbc = jdbc;
        this.generation = generation;
        this.dialect = SqlDialect.of(jdbc);
    }

    /** Files rows, each as current or former: a row already there takes the new end, null making it current again. */
    private String insertIfAbsent(int rows) {
        String written = generation.sql();
        StringBuilder values = new StringBuilder();
        for (int row = 0; row < rows; row++) {
            values.append(row == 0 ? "" : ", ")
                    .append('(')
                    .append(written)
                    .append(", :key")
                    .append(row)
                    .append(", :id")
                    .append(row)
                    .append(", :until")
                    .append(row)
                    .append(')');
        }
        String columns = " (generation, identity_key, party_id, former_until)";
        return switch (dialect) {
            case H2 ->
                "MERGE INTO party_identity_key" + columns + " KEY (generation, identity_key, party_id) VALUES "
                        + values;
            case POSTGRESQL ->
                "INSERT INTO party_identity_key" + columns + " VALUES " + values
                        + " ON CONFLICT (generation, identity_key, party_id)"
                        + " DO UPDATE SET former_until = EXCLUDED.former_until";
        };
    }

    /** One key of one party, with when it stopped being current, null while it is. */
    public record Filing(PartyId party, String key, Instant formerUntil) {}

    /** Files many parties under many keys, a few hundred to a statement: what a rebuild writes in bulk. */
    public void addAll(Collection<Filing> filings) {
        List<Filing> kept = filings.stream()
                .filter(f -> !f.key().isEmpty() && f.key().length() <= MAX_KEY_LENGTH)
                .toList();
        for (int from = 0; from < kept.size(); from += ROWS_PER_STATEMENT) {
            List<Filing> chunk = kept.subList(from, Math.min(kept.size(), from + ROWS_PER_STATEMENT));
            Map<String, Object> params = new HashMap<>();
            for (int row = 0; row < chunk.size(); row++) {
                params.put("key" + row, chunk.get(row).key());
                params.put("id" + row, chunk.get(row).party().toString());
                params.put("until" + row, until(chunk.get(row).formerUntil()));
            }
            jdbc.sql(insertIfAbsent(chunk.size())).params(params).update();
        }
    }

    @Override
    public void add(PartyId party, Set<String> keys) {
        file(party, keys, null);
    }

    @Override
    public void retire(PartyId party, Set<String> keys, Instant until) {
        file(party, keys, until);
    }

    private void file(PartyId party, Set<String> keys, Instant until) {
        for (String key : keys) {
            if (!key.isEmpty() && key.length() <= MAX_KEY_LENGTH) {
                jdbc.sql(insertIfAbsent(1))
                        .param("key0", key)
                        .param("id0", party.toString())
                        .param("until0", until(until))
                        .update();
            }
        }
    }

    /** A typed null, so that every driver knows the column's type in a multi-row insert. */
    private static SqlParameterValue until(Instant until) {
        return new SqlParameterValue(
                Types.TIMESTAMP_WITH_TIMEZONE, until == null ? null : until.atOffset(ZoneOffset.UTC));
    }

    /** The keys the party is filed under as former ones, with when each stopped being current. */
    public Map<String, Instant> formerKeysOf(PartyId party) {
        Map<String, Instant> keys = new LinkedHashMap<>();
        jdbc.sql("SELECT identity_key, former_until FROM party_identity_key WHERE generation = " + generation.sql()
                        + " AND party_id = :id AND former_until IS NOT NULL ORDER BY identity_key")
                .param("id", party.toString())
                .query(rs -> {
                    keys.put(
                            rs.getString("identity_key"),
                            rs.getObject("former_until", OffsetDateTime.class).toInstant());
                });
        return keys;
    }

    @Override
    public void remove(PartyId party, Set<String> keys) {
        if (keys.isEmpty()) {
            return;
        }
        jdbc.sql("DELETE FROM party_identity_key WHERE generation = " + generation.sql()
                        + " AND party_id = :id AND identity_key IN (:keys)")
                .param("id", party.toString())
                .param("keys", keys)
                .update();
    }

    @Override
    public void removeAll(PartyId party) {
        jdbc.sql("DELETE FROM party_identity_key WHERE generation = " + generation.sql() + " AND party_id = :id")
                .param("id", party.toString())
                .update();
    }

    @Override
    public List<KeyMatch> lookup(Set<String> keys, int limitPerKey) {
        if (keys.isEmpty()) {
            return List.of();
        }
        String generation = this.generation.sql();
        Map<String, Integer> counts = new LinkedHashMap<>();
        jdbc.sql("SELECT identity_key, COUNT(*) AS shared_by FROM party_identity_key WHERE generation = " + generation
                        + " AND identity_key IN (:keys) GROUP BY identity_key ORDER BY identity_key")
                .param("keys", padded(keys))
                .query(rs -> {
                    counts.put(rs.getString("identity_key"), rs.getInt("shared_by"));
                });
        if (counts.isEmpty()) {
            return List.of();
        }
        // Then the parties: all of the keys few share in one statement, and only the first by id — straight off the
        // primary key — of each crowded one, so that a busy building costs the same in any ledger; ranking every row
        // of each key in one query did not.
        List<String> few = new ArrayList<>();
        List<String> crowded = new ArrayList<>();
        counts.forEach((key, count) -> (count <= limitPerKey ? few : crowded).add(key));
        Map<String, List<PartyId>> parties = new HashMap<>();
        String select = "SELECT identity_key, party_id FROM party_identity_key WHERE generation = " + generation;
        if (!few.isEmpty()) {
            jdbc.sql(select + " AND identity_key IN (:keys) ORDER BY identity_key, party_id")
                    .param("keys", padded(few))
                    .query(rs -> {
                        parties.computeIfAbsent(rs.getString("identity_key"), k -> new ArrayList<>())
                                .add(PartyId.of(rs.getString("party_id")));
                    });
        }
        for (String key : crowded) {
            parties.put(
                    key,
                    jdbc.sql(select + " AND identity_key = :key ORDER BY party_id LIMIT :limit")
                            .param("key", key)
                            .param("limit", limitPerKey)
                            .query((rs, row) -> PartyId.of(rs.getString("party_id")))
                            .list());
        }
        List<KeyMatch> matches = new ArrayList<>();
        counts.forEach((key, count) -> matches.add(new KeyMatch(key, parties.getOrDefault(key, List.of()), count)));
        return matches;
    }

    /**
     * The keys, the last repeated up to the next power of two: an IN list of another length is another statement, which
     * H2 parses afresh, so a few lengths keep the lookups in its statement cache. (An array with {@code = ANY} would be
     * one text, but H2 then plans the rebuild's lookups on the generation's index and scans the whole generation.)
     */
    static List<String> padded(Collection<String> keys) {
        List<String> padded = new ArrayList<>(keys);
        String last = padded.get(padded.size() - 1);
        while (Integer.bitCount(padded.size()) != 1) {
            padded.add(last);
        }
        return padded;
    }
}
