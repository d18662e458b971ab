package org.trustledger.application.port.out;

import java.time.Instant;
import java.util.Set;
import org.trustledger.domain.party.PartyId;

/**
 * Files parties under the normalised keys that {@link PartyIdentityIndex} looks up; keys are plain strings, so any
 * identity fact with a key of its own (a phone, an address, a known caller's name) can be indexed the same way.
 */
public interface PartyIdentityIndexWriter {

    /**
     * Files the party under each key as one it has now; a key it was filed under as a former one is current again.
     */
    void add(PartyId party, Set<String> keys);

    /**
     * Keeps the party under each key as one it no longer has, since {@code until}: screening still finds it there,
     * since a former phone or address is evidence as much as a current one; a key it was not filed under is filed.
     */
    void retire(PartyId party, Set<String> keys, Instant until);

    /** Takes the party out from under each key; a key it was not filed under is ignored. */
    void remove(PartyId party, Set<String> keys);

    /**
     * Takes the party out from under every key it is filed under, current or former: for an erasure, whose keys cannot
     * be worked out from the party's details once they read as erased.
     */
    void removeAll(PartyId party);
}
