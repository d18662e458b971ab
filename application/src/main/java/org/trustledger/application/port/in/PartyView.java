package org.trustledger.application.port.in;

import java.time.Instant;
import org.trustledger.domain.party.PartyDetails;
import org.trustledger.domain.party.PartyId;
import org.trustledger.domain.party.PartyKind;
import org.trustledger.domain.party.Yen;
import org.trustledger.domain.trust.TrustAssessment;

/**
 * A party as the read model knows it, kept current by projections of its events.
 *
 * @param trust the last stored trust assessment, null before the first; a single party's exact status as of now comes
 *     from {@link TrustQuery}
 */
public record PartyView(
        PartyId partyId,
        PartyKind kind,
        PartyDetails details,
        boolean terminated,
        Yen outstanding,
        int troubleCount,
        Instant registeredAt,
        Instant updatedAt,
        long lastSequence,
        TrustAssessment trust) {

    /** The same view with another trust assessment, such as the exact one as of now. */
    public PartyView withTrust(TrustAssessment assessment) {
        return new PartyView(
                partyId,
                kind,
                details,
                terminated,
                outstanding,
                troubleCount,
                registeredAt,
                updatedAt,
                lastSequence,
                assessment);
    }

    /** A view without a stored trust assessment yet, as the party projection writes it. */
    public PartyView(
            PartyId partyId,
            PartyKind kind,
            PartyDetails details,
            boolean terminated,
            Yen outstanding,
            int troubleCount,
            Instant registeredAt,
            Instant updatedAt,
            long lastSequence) {
        this(
                partyId,
                kind,
                details,
                terminated,
                outstanding,
                troubleCount,
                registeredAt,
                updatedAt,
                lastSequence,
                null);
    }
}
