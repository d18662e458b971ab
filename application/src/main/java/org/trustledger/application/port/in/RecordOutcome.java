package org.trustledger.application.port.in;

import org.trustledger.domain.party.PartyId;

/**
 * What recording a command did: the party's last event sequence afterwards, whether this answer repeats an earlier
 * request with the same idempotency key, and the receipt — the seal of that last event, which anyone holding it can
 * later check against the ledger (null when none is known, as for a key first used before receipts existed).
 */
public record RecordOutcome(PartyId partyId, long sequence, boolean replayed, String seal) {

    public RecordOutcome(PartyId partyId, long sequence, boolean replayed) {
        this(partyId, sequence, replayed, null);
    }
}
