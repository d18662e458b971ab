package org.trustledger.application.fakes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
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
    private final Map<Map.Entry<PartyId, String>, Instant> formerUntil = new HashMap<>();

    @Override
    public synchronized void add(PartyId party, Set<String> keys) {
        for (String key : keys) {
            parties.computeIfAbsent(key, k -> new TreeSet<>(Comparator.comparing(PartyId::toString)))
                    .add(party);
            formerUntil.remove(Map.entry(party, key));
        }
    }

    @Override
    public synchronized void retire(PartyId party, Set<String> keys, Instant until) {
        for (String key : keys) {
            parties.computeIfAbsent(key, k -> new TreeSet<>(Comparator.comparing(PartyId::toString)))
                    .add(party);
            formerUntil.put(Map.entry(party, key), until);
        }
    }

    /** The keys the party is filed under as former ones, with when each stopped being current. */
    public synchronized Map<String, Instant> formerKeysOf(PartyId party) {
        Map<String, Instant> keys = new TreeMap<>();
        formerUntil.forEach((entry, until) -> {
            if (entry.getKey().equals(party)) {
                keys.put(entry.getValue(), until);
            }
        });
        return keys;
    }

    @Override
    public synchronized void remove(PartyId party, Set<String> keys) {
        for (String key : keys) {
            Set<PartyId> filed = parties.get(key);
            if (filed != null) {
                filed.remove(party);
                formerUntil.remove(Map.entry(party, key));
                if (filed.isEmpty()) {
                    parties.remove(key);
                }
            }
        }
    }

    @Override
    public synchronized void removeAll(PartyId party) {
        remove(party, keysOf(party));
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
