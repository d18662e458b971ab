package org.trustledger.domain;

import org.trustledger.domain.party.PartyId;

/** Something was asked of a party that was never registered. */
public final class UnknownPartyException extends DomainException {
    private final PartyId partyId;

    public UnknownPartyException(PartyId partyId) {
        super("No party " + partyId.value() + " is registered; register the party first");
        this.partyId = partyId;
    }

    public PartyId partyId() {
        return partyId;
    }
}
