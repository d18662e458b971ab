package org.trustledger.domain.party;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.trustledger.domain.identity.PersonName;

/**
 * What is known of a party's history as a whole: whether it is registered, whether the relationship is terminated,
 * which invoices are still owed, whether the shop has served it before, which suspected renames a manager already
 * reviewed, who called for it, and which parties are confirmed to be the same business.
 *
 * @param servedBefore whether any request from the party was accepted: a returning customer
 * @param reviewedLinks the parties a manager reviewed a suspected link with, confirmed or dismissed
 * @param callers the people who called for the party and gave their full name, each once, in the order first heard
 * @param sameBusiness the parties a manager confirmed as this one under another name, from either side of the review
 * @param eventCount how many events are folded in: the party's version
 * @param troubleCount how many troubles were logged, as the party list counts them
 * @param registeredAt when the first event was recorded, null before it
 * @param updatedAt when the latest event was recorded, null before the first
 */
public record PartyState(
        PartyId partyId,
        PartyKind kind,
        PartyDetails details,
        boolean terminated,
        Map<String, Yen> outstandingByInvoice,
        boolean servedBefore,
        Set<PartyId> reviewedLinks,
        List<PersonName> callers,
        Set<PartyId> sameBusiness,
        long eventCount,
        int troubleCount,
        Instant registeredAt,
        Instant updatedAt) {

    public static final PartyState INITIAL =
            new PartyState(null, null, null, false, Map.of(), false, Set.of(), List.of(), Set.of(), 0, 0, null, null);

    public PartyState {
        // Persistent, so that recording one invoice more shares the rest instead of copying every invoice again.
        outstandingByInvoice = PersistentMap.copyOf(outstandingByInvoice);
        reviewedLinks = Set.copyOf(reviewedLinks);
        // An immutable list is kept as it is, so that folding an event does not copy the callers again.
        callers = List.copyOf(callers);
        sameBusiness = Set.copyOf(sameBusiness);
    }

    public boolean registered() {
        return partyId != null;
    }

    /** Whether money is still owed on any short payment. */
    public boolean owesMoney() {
        return outstandingByInvoice.values().stream().anyMatch(yen -> yen.value() > 0);
    }

    /** What is still owed, over all invoices. */
    public Yen outstanding() {
        Yen total = Yen.ZERO;
        for (Yen yen : outstandingByInvoice.values()) {
            total = total.plus(yen);
        }
        return total;
    }

    PartyState withTrouble() {
        return new PartyState(
                partyId,
                kind,
                details,
                terminated,
                outstandingByInvoice,
                servedBefore,
                reviewedLinks,
                callers,
                sameBusiness,
                eventCount,
                troubleCount + 1,
                registeredAt,
                updatedAt);
    }

    PartyState counted(Instant recordedAt) {
        return new PartyState(
                partyId,
                kind,
                details,
                terminated,
                outstandingByInvoice,
                servedBefore,
                reviewedLinks,
                callers,
                sameBusiness,
                eventCount + 1,
                troubleCount,
                registeredAt != null ? registeredAt : recordedAt,
                recordedAt);
    }

    PartyState withDetails(PartyId id, PartyKind newKind, PartyDetails newDetails) {
        return new PartyState(
                id,
                newKind,
                newDetails,
                terminated,
                outstandingByInvoice,
                servedBefore,
                reviewedLinks,
                callers,
                sameBusiness,
                eventCount,
                troubleCount,
                registeredAt,
                updatedAt);
    }

    PartyState withTerminated(boolean isTerminated) {
        return new PartyState(
                partyId,
                kind,
                details,
                isTerminated,
                outstandingByInvoice,
                servedBefore,
                reviewedLinks,
                callers,
                sameBusiness,
                eventCount,
                troubleCount,
                registeredAt,
                updatedAt);
    }

    PartyState withOutstanding(String invoiceRef, Yen outstanding) {
        // Zero is kept, not removed: an invoice once recorded stays known, so it is never recorded twice.
        Map<String, Yen> next = PersistentMap.copyOf(outstandingByInvoice).with(invoiceRef, outstanding);
        return new PartyState(
                partyId,
                kind,
                details,
                terminated,
                next,
                servedBefore,
                reviewedLinks,
                callers,
                sameBusiness,
                eventCount,
                troubleCount,
                registeredAt,
                updatedAt);
    }

    PartyState withRequest(Answer answer) {
        boolean served = servedBefore || answer == Answer.ACCEPTED;
        return new PartyState(
                partyId,
                kind,
                details,
                terminated,
                outstandingByInvoice,
                served,
                reviewedLinks,
                callers,
                sameBusiness,
                eventCount,
                troubleCount,
                registeredAt,
                updatedAt);
    }

    PartyState withReviewedLink(PartyId linkedParty, boolean confirmed) {
        Set<PartyId> reviewed = new HashSet<>(reviewedLinks);
        reviewed.add(linkedParty);
        Set<PartyId> same = new HashSet<>(sameBusiness);
        if (confirmed) {
            same.add(linkedParty);
        }
        return new PartyState(
                partyId,
                kind,
                details,
                terminated,
                outstandingByInvoice,
                servedBefore,
                reviewed,
                callers,
                same,
                eventCount,
                troubleCount,
                registeredAt,
                updatedAt);
    }

    PartyState withRename(PartyId renamedParty) {
        Set<PartyId> same = new HashSet<>(sameBusiness);
        same.add(renamedParty);
        return new PartyState(
                partyId,
                kind,
                details,
                terminated,
                outstandingByInvoice,
                servedBefore,
                reviewedLinks,
                callers,
                same,
                eventCount,
                troubleCount,
                registeredAt,
                updatedAt);
    }

    PartyState withCaller(PersonName caller) {
        if (callers.contains(caller)) {
            return this;
        }
        List<PersonName> next = new ArrayList<>(callers);
        next.add(caller);
        return new PartyState(
                partyId,
                kind,
                details,
                terminated,
                outstandingByInvoice,
                servedBefore,
                reviewedLinks,
                next,
                sameBusiness,
                eventCount,
                troubleCount,
                registeredAt,
                updatedAt);
    }
}
