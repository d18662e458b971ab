package org.trustledger.application.port.out;

import java.util.List;
import java.util.Set;
import org.trustledger.domain.party.PartyId;

/** Finds parties by the normalised identity keys of {@link org.trustledger.domain.identity.IdentityKeys}. */
public interface PartyIdentityIndex {

    /**
     * For each given key that any party has: up to {@code limitPerKey} of those parties, and how many have it in all,
     * so that a value many parties share can count for less.
     */
    List<KeyMatch> lookup(Set<String> keys, int limitPerKey);

    /** The parties found under one key. */
    record KeyMatch(String key, List<PartyId> parties, int sharedBy) {
        public KeyMatch {
            parties = List.copyOf(parties);
        }
    }
}
