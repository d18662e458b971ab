package org.trustledger.application.port.out;

import org.trustledger.domain.party.PartyId;

/** The stored snapshots of parties, a cache of their histories that may be thrown away at any time. */
public interface PartySnapshots {

    /** Throws away every snapshot of the party: the next load folds its history again. */
    void discard(PartyId party);
}
