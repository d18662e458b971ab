package org.trustledger.domain;

import java.util.Map;
import java.util.UUID;

/** Something was asked of a party that was never registered. */
public final class UnknownPartyException extends DomainException {
    // A plain UUID rather than party.PartyId, so that the exceptions every package uses depend on none of them.
    private final UUID partyId;

    public UnknownPartyException(UUID partyId) {
        super(
                "No party " + partyId + " is registered; register the party first",
                "error.unknownParty",
                Map.of("partyId", String.valueOf(partyId)));
        this.partyId = partyId;
    }

    public UUID partyId() {
        return partyId;
    }
}
