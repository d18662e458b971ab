package org.trustledger.domain.trust;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.trustledger.domain.party.Answer;
import org.trustledger.domain.party.PartyDecider;
import org.trustledger.domain.party.PartyEvent;
import org.trustledger.domain.party.PartyEvent.CallerIdentified;
import org.trustledger.domain.party.PartyEvent.EntryRetracted;
import org.trustledger.domain.party.PartyEvent.LinkReviewed;
import org.trustledger.domain.party.PartyEvent.PartyAmended;
import org.trustledger.domain.party.PartyEvent.PartyRegistered;
import org.trustledger.domain.party.PartyEvent.PaymentSettled;
import org.trustledger.domain.party.PartyEvent.PaymentShort;
import org.trustledger.domain.party.PartyEvent.RelationshipReinstated;
import org.trustledger.domain.party.PartyEvent.RelationshipTerminated;
import org.trustledger.domain.party.PartyEvent.RenameConfirmed;
import org.trustledger.domain.party.PartyEvent.RequestReceived;
import org.trustledger.domain.party.PartyEvent.TroubleLogged;
import org.trustledger.domain.party.PartyState;
import org.trustledger.domain.party.Yen;

/**
 * What a party's history, folded once, says to the trust policy: the pieces of evidence, and the hard facts.
 *
 * <p>The hard facts — whether the relationship is terminated, how much is still owed on each invoice — are the
 * decider's own {@link PartyState}, folded alongside by {@link PartyDecider#evolve}, so the policy and the decider
 * never disagree on them. Only what the state has no use for is kept here: which events the facts rest on, so that
 * reasons can point at them.
 *
 * <p>What counts as evidence:
 *
 * <ul>
 *   <li>Bad: a logged trouble (weight by severity), a short or late payment (weight by reason, counted as a trouble)
 *       and a caller who withheld their full name (soft evidence with its own, shorter half-life).
 *   <li>Good: an accepted request with no trouble or short payment from its day until {@code jobProbation} after it
 *       (it counts only once that time has passed, and stops counting if such a trouble is recorded later), and a
 *       shortfall paid in full.
 * </ul>
 *
 * Registration, amendments, refused or unanswered requests and callers who gave their name say nothing about how a
 * party behaves and are no evidence. A trouble ages from the start of the day it occurred in Asia/Tokyo when
 * {@code occurredOn} is given, otherwise from when it was recorded: a trouble logged late is as old as what happened.
 * All other evidence ages from when it was recorded.
 *
 * @param evidence every piece of evidence, in the order of the events behind it, accepted jobs last
 * @param eventTimes when each event was recorded, in order of sequence
 * @param state the decider's state after the whole history
 * @param invoiceSequences for each invoice, the events that recorded its shortfall and settlements
 * @param terminatedBy the latest termination, or null
 * @param reinstatedBy the reinstatement after the latest termination, or null
 */
record PartyRecord(
        List<Evidence> evidence,
        List<Instant> eventTimes,
        PartyState state,
        Map<String, List<Long>> invoiceSequences,
        Long terminatedBy,
        Long reinstatedBy) {

    boolean terminated() {
        return state.terminated();
    }

    boolean owing() {
        return state.owesMoney();
    }

    /** Folds the events known at the moment asked about, oldest first. */
    static PartyRecord of(List<SequencedEvent> known, TrustPolicySettings settings) {
        // A retraction known at the moment asked about withdraws its entry from the evidence; before it, it counted.
        Set<Long> retracted = new HashSet<>();
        for (SequencedEvent sequenced : known) {
            if (sequenced.event() instanceof EntryRetracted r) {
                retracted.add(r.sequence());
            }
        }
        Fold fold = new Fold(retracted, settings);
        for (SequencedEvent sequenced : known) {
            fold.add(sequenced);
        }
        return fold.record();
    }

    /** The fold itself, event by event; the retractions known at the moment asked about are fixed up front. */
    static final class Fold {
        private final Set<Long> retracted;
        private final TrustPolicySettings settings;
        /** The evidence of the events, by sequence, in the order of the events. */
        private final Map<Long, Evidence> evidence = new LinkedHashMap<>();

        private final List<Instant> eventTimes = new ArrayList<>();
        private final List<SequencedEvent> accepted = new ArrayList<>();
        private final Spoilers spoilers = new Spoilers();
        private final Map<String, List<Long>> invoiceSequences = new HashMap<>();
        private PartyState state = PartyState.INITIAL;
        private Long terminatedBy;
        private Long reinstatedBy;

        Fold(Set<Long> retracted, TrustPolicySettings settings) {
            this.retracted = Set.copyOf(retracted);
            this.settings = settings;
        }

        /** The record of the events added so far; later additions leave it as it is. */
        PartyRecord record() {
            List<Evidence> all = new ArrayList<>(evidence.size() + accepted.size());
            all.addAll(evidence.values());
            for (SequencedEvent job : accepted) {
                Evidence good = jobEvidence(job, spoilers, settings);
                if (good != null) {
                    all.add(good);
                }
            }
            return new PartyRecord(all, List.copyOf(eventTimes), state, invoices(), terminatedBy, reinstatedBy);
        }

        private Map<String, List<Long>> invoices() {
            Map<String, List<Long>> invoices = new HashMap<>();
            invoiceSequences.forEach((invoice, sequences) -> invoices.put(invoice, List.copyOf(sequences)));
            return invoices;
        }

        private void addEvidence(Evidence e) {
            evidence.put(e.sequence(), e);
        }

        void add(SequencedEvent sequenced) {
            long seq = sequenced.sequence();
            PartyEvent event = sequenced.event();
            eventTimes.add(event.recordedAt());
            if (retracted.contains(seq)) {
                state = PartyDecider.evolve(state, event);
                return;
            }
            // Exhaustive over the sealed events: a new kind of event does not compile until it is weighed here.
            switch (event) {
                case PartyEvent.PersonalDataErased e -> {
                    // Erasing who a person is changes nothing of what they did.
                }
                case PartyEvent.PersonalDataRequested e -> {
                    // Asking about one's own data says nothing of how a party behaves; nor does the shop's answer.
                }
                case PartyEvent.PersonalDataRequestRefused e -> {
                    // likewise
                }
                case PartyEvent.PersonalDataRequestAnswered e -> {
                    // likewise
                }
                case PartyRegistered e -> {
                    // Who a party is says nothing about how it behaves.
                }
                case PartyAmended e -> {
                    // Likewise; renames are the business of matching, not of this policy.
                }
                case RequestReceived e -> {
                    // A refused or unanswered request shows only that the party asked.
                    if (e.answer() == Answer.ACCEPTED) {
                        accepted.add(sequenced);
                    }
                }
                case CallerIdentified e -> {
                    if (!e.fullNameGiven()) {
                        addEvidence(new Evidence(
                                EvidenceKind.NAME_WITHHELD,
                                seq,
                                null,
                                settings.nameWithheldWeight(),
                                settings.nameWithheldHalfLife(),
                                e.recordedAt(),
                                e.recordedAt(),
                                null));
                    }
                }
                case TroubleLogged e -> {
                    Instant happened = happenedAt(e);
                    addEvidence(new Evidence(
                            EvidenceKind.TROUBLE,
                            seq,
                            e.severity(),
                            settings.troubleWeights().get(e.severity()),
                            settings.troubleHalfLife(),
                            happened,
                            e.recordedAt(),
                            null));
                    spoilers.add(happened, e.recordedAt());
                }
                case PaymentShort e -> {
                    addEvidence(new Evidence(
                            EvidenceKind.SHORT_PAYMENT,
                            seq,
                            null,
                            settings.shortfallWeights().get(e.reason()),
                            settings.troubleHalfLife(),
                            e.recordedAt(),
                            e.recordedAt(),
                            null));
                    spoilers.add(e.recordedAt(), e.recordedAt());
                    List<Long> sequences = new ArrayList<>(2);
                    sequences.add(seq);
                    invoiceSequences.put(e.invoiceRef(), sequences);
                }
                case PaymentSettled e -> {
                    Yen before = state.outstandingByInvoice().get(e.invoiceRef());
                    invoiceSequences
                            .computeIfAbsent(e.invoiceRef(), ref -> new ArrayList<>(1))
                            .add(seq);
                    // Paying up is good evidence only when it ends a shortfall the ledger knows of.
                    if (before != null && before.value() > 0 && e.outstanding().value() == 0) {
                        addEvidence(new Evidence(
                                EvidenceKind.SETTLEMENT,
                                seq,
                                null,
                                settings.settledShortfallCredit(),
                                settings.goodHalfLife(),
                                e.recordedAt(),
                                e.recordedAt(),
                                null));
                    }
                }
                case RelationshipTerminated e -> {
                    terminatedBy = seq;
                    reinstatedBy = null;
                }
                case RelationshipReinstated e -> reinstatedBy = seq;
                case LinkReviewed e -> {
                    // A confirmed rename arrives with its own termination; a dismissed one weighs nothing.
                }
                case RenameConfirmed e -> {
                    // Pairs are terminated and reinstated together by events of their own.
                }
                case EntryRetracted e -> {
                    // Its entry is left out above; the decider's state folds the rest again on its own.
                }
            }
            state = PartyDecider.evolve(state, event);
        }
    }

    /** An accepted job as good evidence once its probation is over, or null when a trouble spoiled it in time. */
    private static Evidence jobEvidence(SequencedEvent job, Spoilers spoilers, TrustPolicySettings settings) {
        Instant done = job.event().recordedAt();
        // A trouble from earlier the same day may well be about this job: the day, not the minute, is what staff log.
        Instant windowStart = done.atZone(PartyDecider.SHOP_ZONE)
                .toLocalDate()
                .atStartOfDay(PartyDecider.SHOP_ZONE)
                .toInstant();
        Instant matured = done.plus(settings.jobProbation());
        Instant spoiledAt = spoilers.firstKnownBetween(windowStart, matured);
        if (spoiledAt != null && !spoiledAt.isAfter(matured)) {
            return null;
        }
        return new Evidence(
                EvidenceKind.GOOD_JOB,
                job.sequence(),
                null,
                settings.acceptedJobCredit(),
                settings.goodHalfLife(),
                done,
                matured,
                spoiledAt);
    }

    static Instant happenedAt(TroubleLogged e) {
        if (e.occurredOn() == null) {
            return e.recordedAt();
        }
        Instant startOfDay = e.occurredOn().atStartOfDay(PartyDecider.SHOP_ZONE).toInstant();
        // Nothing is logged before it happens; a later day than the record can only be a slip, so the record wins.
        return startOfDay.isAfter(e.recordedAt()) ? e.recordedAt() : startOfDay;
    }
}
