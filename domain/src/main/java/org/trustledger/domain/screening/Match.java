package org.trustledger.domain.screening;

import java.util.List;
import org.trustledger.domain.InvalidValueException;
import org.trustledger.domain.identity.IdentityEvidence;
import org.trustledger.domain.party.PartyId;
import org.trustledger.domain.party.PartyKind;
import org.trustledger.domain.trust.TrustStatus;

/**
 * A known party the caller matched, with its trust status, the evidence of the match (strongest first) and the
 * combined score; {@code requester} is true for the party screening took to be the caller's own.
 */
public record Match(
        PartyId partyId,
        String name,
        PartyKind kind,
        TrustStatus status,
        List<IdentityEvidence> evidence,
        double score,
        boolean requester) {

    public Match {
        InvalidValueException.requireValue("partyId", partyId);
        name = InvalidValueException.requireText("name", name);
        InvalidValueException.requireValue("kind", kind);
        InvalidValueException.requireValue("status", status);
        evidence = List.copyOf(evidence);
        if (!(score >= 0.0 && score <= 1.0)) {
            throw new InvalidValueException("score", "a match score is between 0 and 1, got " + score);
        }
    }
}
