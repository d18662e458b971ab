package org.trustledger.application.port.in;

import org.trustledger.domain.party.PartyId;

/** Reads parties from the read model. */
public interface FindPartiesQuery {

    /** @throws org.trustledger.domain.UnknownPartyException when no such party is registered */
    PartyView get(PartyId partyId);

    PageResult<PartyView> search(PartySearch search);
}
