package org.trustledger.application.port.out;

import java.util.Set;
import org.trustledger.domain.party.PartyId;

/**
 * Files parties under the normalised keys that {@link PartyIdentityIndex} looks up; keys are plain strings, so any
 * identity fact with a key of its own (a phone, an address, a known caller's name) can be indexed the same way.
 */
public interface PartyIdentityIndexWriter {

    /** Files the party under each key; a key it is already filed under stays as it is. */
    void add(PartyId party, Set<String> keys);

    /** Takes the party out from under each key; a key it was not filed under is ignored. */
    void remove(PartyId party, Set<String> keys);
}
