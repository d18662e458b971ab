package org.trustledger.application.port.in;

import java.util.List;
import org.trustledger.domain.party.PartyId;

/** Reads a party's whole stored history, oldest first. */
public interface PartyHistoryQuery {

    /** @throws org.trustledger.domain.UnknownPartyException when no such party is registered */
    List<HistoryEntry> history(PartyId partyId);
}
