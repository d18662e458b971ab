package org.trustledger.adapters.persistence.party;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.trustledger.application.port.out.PartyIdentityIndex;
import org.trustledger.application.port.out.PartyIdentityIndexWriter;
import org.trustledger.domain.party.PartyId;

/** The identity index in one table of key and party: written by the party projection, looked up by screening. */
@Repository
class JdbcPartyIdentityIndex implements PartyIdentityIndex, PartyIdentityIndexWriter {
    /** The width of the index column; longer keys come only from over-long free text and are not indexed. */
    static final int MAX_KEY_LENGTH = 400;

    private final JdbcClient jdbc;
    private final String insertIfAbsent;

    JdbcPartyIdentityIndex(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.insertIfAbsent = switch (SqlDialect.of(jdbc)) {
            case H2 ->
                "MERGE INTO party_identity_key (identity_key, party_id) KEY (identity_key, party_id)"
                        + " VALUES (:key, :id)";
            case POSTGRESQL ->
                "INSERT INTO party_identity_key (identity_key, party_id) VALUES (:key, :id)"
                        + " ON CONFLICT DO NOTHING";
        };
    }

    @Override
    public void add(PartyId party, Set<String> keys) {
        for (String key : keys) {
            if (!key.isEmpty() && key.length() <= MAX_KEY_LENGTH) {
                jdbc.sql(insertIfAbsent)
                        .param("key", key)
                        .param("id", party.toString())
                        .update();
            }
        }
    }

    @Override
    public void remove(PartyId party, Set<String> keys) {
        if (keys.isEmpty()) {
            return;
        }
        jdbc.sql("DELETE FROM party_identity_key WHERE party_id = :id AND identity_key IN (:keys)")
                .param("id", party.toString())
                .param("keys", keys)
                .update();
    }

    @Override
    public List<KeyMatch> lookup(Set<String> keys, int limitPerKey) {
        if (keys.isEmpty()) {
            return List.of();
        }
        Map<String, List<PartyId>> parties = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        // One round trip: each key's count, and no more than the limit of its parties, so a crowded key (a big
        // office building) cannot flood the answer.
        jdbc.sql("""
                SELECT identity_key, party_id, shared_by FROM (
                    SELECT identity_key, party_id,
                           COUNT(*) OVER (PARTITION BY identity_key) AS shared_by,
                           ROW_NUMBER() OVER (PARTITION BY identity_key ORDER BY party_id) AS rank_in_key
                      FROM party_identity_key WHERE identity_key IN (:keys)) ranked
                 WHERE rank_in_key <= :limit
                 ORDER BY identity_key, party_id""").param("keys", keys).param("limit", limitPerKey).query(rs -> {
            String key = rs.getString("identity_key");
            parties.computeIfAbsent(key, k -> new ArrayList<>()).add(PartyId.of(rs.getString("party_id")));
            counts.put(key, rs.getInt("shared_by"));
        });
        List<KeyMatch> matches = new ArrayList<>();
        parties.forEach((key, found) -> matches.add(new KeyMatch(key, found, counts.get(key))));
        return matches;
    }
}
