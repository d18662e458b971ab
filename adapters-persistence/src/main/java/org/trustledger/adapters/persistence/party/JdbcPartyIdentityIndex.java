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
        Map<String, Integer> counts = new LinkedHashMap<>();
        jdbc.sql("SELECT identity_key, COUNT(*) FROM party_identity_key WHERE identity_key IN (:keys)"
                        + " GROUP BY identity_key")
                .param("keys", keys)
                .query(rs -> {
                    counts.put(rs.getString(1), rs.getInt(2));
                });
        List<KeyMatch> matches = new ArrayList<>();
        for (Map.Entry<String, Integer> count : counts.entrySet()) {
            // One query a key keeps a crowded key (a big office building) from flooding the answer.
            List<PartyId> parties = jdbc.sql("SELECT party_id FROM party_identity_key WHERE identity_key = :key"
                            + " ORDER BY party_id LIMIT :limit")
                    .param("key", count.getKey())
                    .param("limit", limitPerKey)
                    .query((rs, n) -> PartyId.of(rs.getString(1)))
                    .list();
            matches.add(new KeyMatch(count.getKey(), parties, count.getValue()));
        }
        return matches;
    }
}
