package org.trustledger.domain.trust;

import java.util.List;
import org.trustledger.domain.InvalidValueException;
import org.trustledger.domain.identity.IdentityEvidence;
import org.trustledger.domain.party.PartyId;

/**
 * A terminated party that a party is likely the same business as, by the evidence they share, and that no manager has
 * reviewed yet: why the party is PROVISIONAL.
 *
 * @param name the terminated party's name, as staff know it
 * @param evidence what the two share, strongest first
 */
public record TerminatedLink(PartyId partyId, String name, List<IdentityEvidence> evidence) {
    public TerminatedLink {
        InvalidValueException.requireValue("partyId", partyId);
        name = InvalidValueException.requireText("name", name);
        evidence = List.copyOf(evidence);
        if (evidence.isEmpty()) {
            throw new InvalidValueException("evidence", "a link to a terminated party rests on shared evidence");
        }
    }
}
