package org.trustledger.application.port.in;

import java.util.List;
import org.trustledger.domain.party.PartyId;

/** Checks stored events against the seals they were stored with, for an auditor asking whether anyone changed them. */
public interface IntegrityCheck {

    /**
     * A party's chain of seals.
     *
     * @param events how many events the party has
     * @param sealed how many of them carry a seal: those stored before sealing began do not
     * @param firstBrokenSequence the first event whose seal does not match, or null when all do
     */
    record PartyIntegrity(boolean valid, long events, long sealed, Long firstBrokenSequence) {}

    /** Every party's chain, checked in one pass over the store; {@code broken} names each party whose chain broke. */
    record LedgerIntegrity(boolean valid, long events, long parties, List<PartyBreak> broken) {}

    /** Where one party's chain broke. */
    record PartyBreak(PartyId partyId, long firstBrokenSequence) {}

    /** @throws org.trustledger.domain.UnknownPartyException when no such party is registered */
    PartyIntegrity party(PartyId partyId);

    LedgerIntegrity ledger();
}
