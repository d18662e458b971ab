package org.trustledger.adapters.persistence.party;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.trustledger.application.port.out.PartyIdentityIndex;
import org.trustledger.domain.party.PartyId;

/** Looks identity keys up in the index table that {@link JdbcPartyViews} keeps with each party. */
@Repository
class JdbcPartyIdentityIndex implements PartyIdentityIndex {
    private final JdbcClient jdbc;

    JdbcPartyIdentityIndex(JdbcClient jdbc) {
        this.jdbc = jdbc;
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
