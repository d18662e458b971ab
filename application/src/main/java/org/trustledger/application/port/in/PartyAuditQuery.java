package org.trustledger.application.port.in;

import java.time.Instant;
import java.util.List;
import org.trustledger.domain.party.PartyId;

/** The party and its history as they stood at any instant, folded from the stored history, for an auditor. */
public interface PartyAuditQuery {

    /**
     * The whole party as it was at {@code asOf} — details, counts, money owed, version, termination and trust — with
     * nothing recorded later counted.
     *
     * @throws org.trustledger.domain.UnknownPartyException when the party was not registered by then
     */
    PartyView asOf(PartyId partyId, Instant asOf);

    /**
     * The history recorded at or before {@code asOf}, oldest first, each entry with the trust status after it.
     *
     * @throws org.trustledger.domain.UnknownPartyException when the party was not registered by then
     */
    List<AuditedEntry> history(PartyId partyId, Instant asOf);
}
