package org.trustledger.domain.party;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What is known of a party's history as a whole: whether it is registered, whether the relationship is terminated,
 * which invoices are still owed, whether the shop has served it before, and which suspected renames a manager
 * already reviewed.
 *
 * @param servedBefore whether any request from the party was accepted: a returning customer
 * @param reviewedLinks the parties a manager reviewed a suspected link with, confirmed or dismissed
 */
public record PartyState(
        PartyId partyId,
        PartyKind kind,
        PartyDetails details,
        boolean terminated,
        Map<String, Yen> outstandingByInvoice,
        boolean servedBefore,
        Set<PartyId> reviewedLinks,
        long eventCount) {

    public static final PartyState INITIAL = new PartyState(null, null, null, false, Map.of(), false, Set.of(), 0);

    public PartyState {
        // Persistent, so that recording one invoice more shares the rest instead of copying every invoice again.
        outstandingByInvoice = PersistentMap.copyOf(outstandingByInvoice);
        reviewedLinks = Set.copyOf(reviewedLinks);
    }

    public boolean registered() {
        return partyId != null;
    }

    /** Whether money is still owed on any short payment. */
    public boolean owesMoney() {
        return outstandingByInvoice.values().stream().anyMatch(yen -> yen.value() > 0);
    }

    PartyState counted() {
        return new PartyState(
                partyId, kind, details, terminated, outstandingByInvoice, servedBefore, reviewedLinks, eventCount + 1);
    }

    PartyState withDetails(PartyId id, PartyKind newKind, PartyDetails newDetails) {
        return new PartyState(
                id, newKind, newDetails, terminated, outstandingByInvoice, servedBefore, reviewedLinks, eventCount);
    }

    PartyState withTerminated(boolean isTerminated) {
        return new PartyState(
                partyId, kind, details, isTerminated, outstandingByInvoice, servedBefore, reviewedLinks, eventCount);
    }

    PartyState withOutstanding(String invoiceRef, Yen outstanding) {
        // Zero is kept, not removed: an invoice once recorded stays known, so it is never recorded twice.
        Map<String, Yen> next = PersistentMap.copyOf(outstandingByInvoice).with(invoiceRef, outstanding);
        return new PartyState(partyId, kind, details, terminated, next, servedBefore, reviewedLinks, eventCount);
    }

    PartyState withRequest(Answer answer) {
        boolean served = servedBefore || answer == Answer.ACCEPTED;
        return new PartyState(
                partyId, kind, details, terminated, outstandingByInvoice, served, reviewedLinks, eventCount);
    }

    PartyState withReviewedLink(PartyId linkedParty) {
        Set<PartyId> next = new HashSet<>(reviewedLinks);
        next.add(linkedParty);
        return new PartyState(partyId, kind, details, terminated, outstandingByInvoice, servedBefore, next, eventCount);
    }
}
