package org.trustledger.benchmarks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.trustledger.application.port.out.PartyIdentityIndex;
import org.trustledger.domain.identity.IdentityKeys;
import org.trustledger.domain.party.PartyId;

/**
 * The baseline: the identity-key "index" answered without an index, by reading every party's identity on each call and
 * working out its keys, which is what a screening without the {@code party_identity_key} table would have to do. It
 * answers exactly as the JDBC index does (parties in id order, at most {@code limitPerKey} a key, with the full count),
 * so the same {@code ScreeningService} gives the same answers, only slower; the identities are already in memory, which
 * flatters the scan: a real one would also read 100 000 rows.
 */
final class ScanningIdentityIndex implements PartyIdentityIndex {
    private final List<Ledger.Party> parties;

    ScanningIdentityIndex(List<Ledger.Party> parties) {
        this.parties = parties.stream()
                .sorted(Comparator.comparing(p -> p.view().partyId().toString()))
                .toList();
    }

    @Override
    public List<KeyMatch> lookup(Set<String> keys, int limitPerKey) {
        Map<String, List<PartyId>> found = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Ledger.Party party : parties) {
            Set<String> own = IdentityKeys.of(party.view().details().identity());
            for (String key : keys) {
                if (own.contains(key)) {
                    counts.merge(key, 1, Integer::sum);
                    List<PartyId> sharing = found.computeIfAbsent(key, k -> new ArrayList<>());
                    if (sharing.size() < limitPerKey) {
                        sharing.add(party.view().partyId());
                    }
                }
            }
        }
        List<KeyMatch> matches = new ArrayList<>();
        counts.forEach((key, count) -> matches.add(new KeyMatch(key, found.get(key), count)));
        return matches;
    }
}
