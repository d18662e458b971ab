package org.trustledger.domain.party;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.trustledger.domain.identity.IdentityHistory;
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
 * @param troubleCount how many troubles were logged and not retracted, as the party list counts them
 * @param registeredAt when the first event was recorded, null before it
 * @param updatedAt when the latest event was recorded, null before the first
 * @param entries every event folded in, by its sequence from 1, so that a retraction can fold the rest again
 * @param retracted the sequences of the entries a manager retracted: they stay in the history and no longer count
 * @param identities the details the party gave up and its callers' numbers, kept as events are folded in so that a
 *     state restored from a snapshot, which holds no entries before it, still has them; null in a state restored from
 *     a snapshot taken before they were kept, which is folded again from the whole history instead
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
        Instant updatedAt,
        Map<Long, PartyEvent> entries,
        Set<Long> retracted,
        IdentityHistory identities) {

    public static final PartyState INITIAL = new PartyState(
            null,
            null,
            null,
            false,
            Map.of(),
            false,
            Set.of(),
            List.of(),
            Set.of(),
            0,
            0,
            null,
            null,
            Map.of(),
            Set.of(),
            IdentityHistory.EMPTY);

    public PartyState {
        // Persistent, so that recording one invoice more shares the rest instead of copying every invoice again.
        outstandingByInvoice = PersistentMap.copyOf(outstandingByInvoice);
        reviewedLinks = Set.copyOf(reviewedLinks);
        // An immutable list is kept as it is, so that folding an event does not copy the callers again.
        callers = List.copyOf(callers);
        sameBusiness = Set.copyOf(sameBusiness);
        entries = PersistentMap.copyOf(entries);
        retracted = Set.copyOf(retracted);
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

    /** Whether the entry still counts: it exists, is no retraction and was not retracted. */
    public boolean counts(long sequence) {
        PartyEvent entry = entries.get(sequence);
        return entry != null && !(entry instanceof PartyEvent.EntryRetracted) && !retracted.contains(sequence);
    }

    /**
     * The same state without its entries, for a walk along a long history that keeps none: only a retraction needs
     * them, and the walk folds one from the history instead.
     */
    public PartyState withoutEntries() {
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
                troubleCount,
                registeredAt,
                updatedAt,
                Map.of(),
                retracted,
                identities);
    }

    PartyState withTrouble() {
        return withTroubleCount(troubleCount + 1);
    }

    /** Counts {@code event} as the next entry of the history. */
    PartyState counted(PartyEvent event) {
        Map<Long, PartyEvent> next = PersistentMap.copyOf(entries).with(eventCount + 1, event);
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
                registeredAt != null ? registeredAt : event.recordedAt(),
                event.recordedAt(),
                next,
                retracted,
                identities);
    }

    /**
     * The same history with entry {@code sequence} retracted and every fact forgotten, to be folded again from the
     * entries that still count; who the party is, its entries and version stay.
     */
    PartyState forgettingFactsRetracting(long sequence) {
        Set<Long> nowRetracted = new HashSet<>(retracted);
        nowRetracted.add(sequence);
        return new PartyState(
                partyId,
                null,
                null,
                false,
                Map.of(),
                false,
                Set.of(),
                List.of(),
                Set.of(),
                eventCount,
                0,
                registeredAt,
                updatedAt,
                entries,
                nowRetracted,
                // Folded again with the facts, from the entries that still count.
                IdentityHistory.EMPTY);
    }

    /** The party as registered or amended at {@code at}: the details it gave up then become former ones. */
    PartyState withDetails(PartyId id, PartyKind newKind, PartyDetails newDetails, Instant at) {
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
                updatedAt,
                entries,
                retracted,
                PartyIdentityHistory.amended(identities, details, newDetails, at));
    }

    /** The party after a call: the number the caller gave, if any, is one it is known by from now on. */
    PartyState withCallerPhone(PartyEvent.CallerIdentified call) {
        IdentityHistory next = PartyIdentityHistory.called(identities, call);
        if (next == identities) {
            return this;
        }
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
                troubleCount,
                registeredAt,
                updatedAt,
                entries,
                retracted,
                next);
    }

    PartyState withTerminated(boolean isTerminated) {
        return facts(
                details, kind, isTerminated, outstandingByInvoice, servedBefore, reviewedLinks, callers, sameBusiness);
    }

    PartyState withOutstanding(String invoiceRef, Yen outstanding) {
        // Zero is kept, not removed: an invoice once recorded stays known, so it is never recorded twice.
        Map<String, Yen> next = PersistentMap.copyOf(outstandingByInvoice).with(invoiceRef, outstanding);
        return facts(details, kind, terminated, next, servedBefore, reviewedLinks, callers, sameBusiness);
    }

    PartyState withRequest(Answer answer) {
        boolean served = servedBefore || answer == Answer.ACCEPTED;
        return facts(details, kind, terminated, outstandingByInvoice, served, reviewedLinks, callers, sameBusiness);
    }

    PartyState withReviewedLink(PartyId linkedParty, boolean confirmed) {
        Set<PartyId> reviewed = new HashSet<>(reviewedLinks);
        reviewed.add(linkedParty);
        Set<PartyId> same = new HashSet<>(sameBusiness);
        if (confirmed) {
            same.add(linkedParty);
        }
        return facts(details, kind, terminated, outstandingByInvoice, servedBefore, reviewed, callers, same);
    }

    PartyState withRename(PartyId renamedParty) {
        Set<PartyId> same = new HashSet<>(sameBusiness);
        same.add(renamedParty);
        return facts(details, kind, terminated, outstandingByInvoice, servedBefore, reviewedLinks, callers, same);
    }

    PartyState withCaller(PersonName caller) {
        if (callers.contains(caller)) {
            return this;
        }
        List<PersonName> next = new ArrayList<>(callers);
        next.add(caller);
        return facts(details, kind, terminated, outstandingByInvoice, servedBefore, reviewedLinks, next, sameBusiness);
    }

    private PartyState withTroubleCount(int count) {
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
                count,
                registeredAt,
                updatedAt,
                entries,
                retracted,
                identities);
    }

    private PartyState facts(
            PartyDetails newDetails,
            PartyKind newKind,
            boolean isTerminated,
            Map<String, Yen> owed,
            boolean served,
            Set<PartyId> reviewed,
            List<PersonName> newCallers,
            Set<PartyId> same) {
        return new PartyState(
                partyId,
                newKind,
                newDetails,
                isTerminated,
                owed,
                served,
                reviewed,
                newCallers,
                same,
                eventCount,
                troubleCount,
                registeredAt,
                updatedAt,
                entries,
                retracted,
                identities);
    }
}
