package org.trustledger.domain.party;

import java.util.HashMap;
import java.util.Map;

/**
 * What the decider needs to know of a party's history: whether it is registered, whether the relationship is
 * terminated, and which invoices are still owed.
 */
public record PartyState(
        PartyId partyId,
        PartyKind kind,
        PartyDetails details,
        boolean terminated,
        Map<String, Yen> outstandingByInvoice,
        long eventCount) {

    public static final PartyState INITIAL = new PartyState(null, null, null, false, Map.of(), 0);

    public PartyState {
        outstandingByInvoice = Map.copyOf(outstandingByInvoice);
    }

    public boolean registered() {
        return partyId != null;
    }

    PartyState counted() {
        return new PartyState(partyId, kind, details, terminated, outstandingByInvoice, eventCount + 1);
    }

    PartyState withDetails(PartyId id, PartyKind newKind, PartyDetails newDetails) {
        return new PartyState(id, newKind, newDetails, terminated, outstandingByInvoice, eventCount);
    }

    PartyState withTerminated(boolean isTerminated) {
        return new PartyState(partyId, kind, details, isTerminated, outstandingByInvoice, eventCount);
    }

    PartyState withOutstanding(String invoiceRef, Yen outstanding) {
        Map<String, Yen> next = new HashMap<>(outstandingByInvoice);
        // Zero is kept, not removed: an invoice once recorded stays known, so it is never recorded twice.
        next.put(invoiceRef, outstanding);
        return new PartyState(partyId, kind, details, terminated, next, eventCount);
    }
}
