package org.trustledger.application.fakes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.trustledger.application.port.out.PartyIdentityIndex;
import org.trustledger.application.port.out.PartyIdentityIndexWriter;
import org.trustledger.domain.party.PartyId;

/** The identity index in a map of keys to parties, for tests without a database. */
public final class InMemoryPartyIdentityIndex implements PartyIdentityIndex, PartyIdentityIndexWriter {
    private final Map<String, Set<PartyId>> parties = new TreeMap<>();

    @Override
    public synchronized void add(PartyId party, Set<String> keys) {
        for (String key : keys) {
            parties.computeIfAbsent(key, k -> new TreeSet<>(Comparator.comparing(PartyId::toString)))
                    .add(party);
        }
    }

    @Override
    public synchronized void remove(PartyId party, Set<String> keys) {
        for (String key : keys) {
            Set<PartyId> filed = parties.get(key);
            if (filed != null) {
                filed.remove(party);
                if (filed.isEmpty()) {
                    parties.remove(key);
                }
            }
        }
    }

    /** The keys the party is filed under, for tests that check what the projection wrote. */
    public synchronized Set<String> keysOf(PartyId party) {
        Set<String> keys = new TreeSet<>();
        parties.forEach((key, filed) -> {
            if (filed.contains(party)) {
                keys.add(key);
            }
        });
        return keys;
    }

    @Override
    public synchronized List<KeyMatch> lookup(Set<String> keys, int limitPerKey) {
        List<KeyMatch> matches = new ArrayList<>();
        for (String key : keys) {
            Set<PartyId> filed = parties.get(key);
            if (filed != null && !filed.isEmpty()) {
                matches.add(new KeyMatch(key, filed.stream().limit(limitPerKey).toList(), filed.size()));
            }
        }
        return matches;
    }
}
