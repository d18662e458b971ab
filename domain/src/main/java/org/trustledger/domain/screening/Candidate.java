package org.trustledger.domain.screening;

import java.util.List;
import org.trustledger.domain.InvalidValueException;
import org.trustledger.domain.identity.IdentityHistory;
import org.trustledger.domain.identity.PartyIdentity;
import org.trustledger.domain.identity.PersonName;
import org.trustledger.domain.party.PartyId;
import org.trustledger.domain.party.PartyKind;
import org.trustledger.domain.trust.TrustAssessment;

/**
 * A known party that the adapter's identity index found for a caller, with what screening needs to know of it now.
 *
 * @param identity the party's registered identity; it has a name, since every registered party has one
 * @param trust the party's trust status, score and reasons as of now
 * @param unsettledShortfall true when the party still owes money on a short payment
 * @param returningCustomer true when the shop has accepted at least one earlier request from the party
 * @param callers the people who called for the party and gave their full name
 * @param history the details the party had before and its callers' numbers, which count as evidence as much as
 *     today's
 */
public record Candidate(
        PartyId partyId,
        PartyKind kind,
        PartyIdentity identity,
        TrustAssessment trust,
        boolean unsettledShortfall,
        boolean returningCustomer,
        List<PersonName> callers,
        IdentityHistory history) {

    public Candidate {
        InvalidValueException.requireValue("partyId", partyId);
        InvalidValueException.requireValue("kind", kind);
        InvalidValueException.requireValue("identity", identity);
        InvalidValueException.requireValue("identity.name", identity.name());
        InvalidValueException.requireValue("trust", trust);
        callers = callers == null ? List.of() : List.copyOf(callers);
        history = history == null ? IdentityHistory.EMPTY : history;
    }

    /** A candidate of whom no earlier details or callers' numbers are known. */
    public Candidate(
            PartyId partyId,
            PartyKind kind,
            PartyIdentity identity,
            TrustAssessment trust,
            boolean unsettledShortfall,
            boolean returningCustomer,
            List<PersonName> callers) {
        this(partyId, kind, identity, trust, unsettledShortfall, returningCustomer, callers, IdentityHistory.EMPTY);
    }

    /** A candidate of whom no caller is known. */
    public Candidate(
            PartyId partyId,
            PartyKind kind,
            PartyIdentity identity,
            TrustAssessment trust,
            boolean unsettledShortfall,
            boolean returningCustomer) {
        this(partyId, kind, identity, trust, unsettledShortfall, returningCustomer, List.of());
    }

    public String name() {
        return identity.name().value();
    }
}
