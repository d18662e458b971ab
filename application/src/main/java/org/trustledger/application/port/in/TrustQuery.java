package org.trustledger.application.port.in;

import java.time.Instant;
import org.trustledger.domain.party.PartyId;
import org.trustledger.domain.trust.TrustAssessment;

/** A party's trust status with its reasons, as of any instant. */
public interface TrustQuery {

    /**
     * Applies the trust policy to the party's history as it stood at {@code asOf}.
     *
     * @throws org.trustledger.domain.UnknownPartyException when no such party is registered
     */
    TrustAssessment assess(PartyId partyId, Instant asOf);
}
