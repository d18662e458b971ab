package org.trustledger.domain.trust;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import org.trustledger.domain.InvalidValueException;
import org.trustledger.domain.party.Answer;
import org.trustledger.domain.party.PartyDecider;
import org.trustledger.domain.party.PartyEvent.CallerIdentified;
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
import org.trustledger.domain.party.PartyId;
import org.trustledger.domain.party.Severity;

/**
 * The trust policy as first written, kept as the oracle the incremental fold of {@link TrustPolicy} is checked
 * against: it sums every piece of evidence again at every check along the history, which is slow on long histories but
 * plainly right. Its rules are those of {@link TrustPolicy}.
 */
final class ReferenceTrustPolicy {
    private static final ZoneId SHOP_ZONE = PartyDecider.SHOP_ZONE;

    private final TrustPolicySettings settings;

    ReferenceTrustPolicy(TrustPolicySettings settings) {
        this.settings = InvalidValueException.requireValue("settings", settings);
    }

    public TrustPolicySettings settings() {
        return settings;
    }

    /** The party's status as of {@code asOf}, for a party not linked to a terminated one. */
    public TrustAssessment assess(List<SequencedEvent> history, Instant asOf) {
        return assess(history, asOf, List.of());
    }

    /**
     * The party's status as of {@code asOf}.
     *
     * @param history the party's events in order of sequence, oldest first
     * @param linkedToTerminatedUnreviewed true when the party shares identity details with a terminated party and no
     *     manager has reviewed the link yet
     */
    public TrustAssessment assess(List<SequencedEvent> history, Instant asOf, List<TerminatedLink> links) {
        boolean linkedToTerminatedUnreviewed = !links.isEmpty();
        InvalidValueException.requireValue("asOf", asOf);
        List<SequencedEvent> known = knownAt(history, asOf);
        Facts facts = gather(known);
        Track track = replayTier(facts.evidence(), known, asOf);
        Totals now = totals(facts.evidence(), asOf);

        TrustStatus status = status(track.tier(), now, facts, linkedToTerminatedUnreviewed);
        List<Reason> reasons = reasons(status, track, now, facts, links, asOf);
        return new TrustAssessment(status, now.score(), reasons);
    }

    private static List<SequencedEvent> knownAt(List<SequencedEvent> history, Instant asOf) {
        InvalidValueException.requireValue("history", history);
        long previous = 0;
        PartyId party = null;
        List<SequencedEvent> known = new ArrayList<>();
        for (SequencedEvent event : history) {
            InvalidValueException.requireValue("history", event);
            if (event.sequence() <= previous) {
                throw new InvalidValueException(
                        "history",
                        "the history must be in order of sequence without repeats, but " + event.sequence()
                                + " follows " + previous);
            }
            previous = event.sequence();
            PartyId eventParty = event.event().partyId();
            if (party == null) {
                party = eventParty;
            } else if (!Objects.equals(party, eventParty)) {
                throw new InvalidValueException(
                        "history", "the history mixes parties " + party + " and " + eventParty + "; assess one party");
            }
            if (!event.event().recordedAt().isAfter(asOf)) {
                known.add(event);
            }
        }
        return known;
    }

    private Facts gather(List<SequencedEvent> known) {
        List<Evidence> evidence = new ArrayList<>();
        List<SequencedEvent> accepted = new ArrayList<>();
        List<Spoiler> spoilers = new ArrayList<>();
        Map<String, Invoice> invoices = new LinkedHashMap<>();
        Long terminatedBy = null;
        Long reinstatedBy = null;
        for (SequencedEvent sequenced : known) {
            long seq = sequenced.sequence();
            // Exhaustive over the sealed events: a new kind of event does not compile until it is weighed here.
            switch (sequenced.event()) {
                case org.trustledger.domain.party.PartyEvent.PersonalDataErased e -> {
                    // Erasing who a person is changes nothing of what they did.
                }
                case org.trustledger.domain.party.PartyEvent.PersonalDataRequested e -> {
                    // Asking about one's own data says nothing of how a party behaves; nor does the shop's answer.
                }
                case org.trustledger.domain.party.PartyEvent.PersonalDataRequestRefused e -> {
                    // likewise
                }
                case org.trustledger.domain.party.PartyEvent.PersonalDataRequestAnswered e -> {
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
                        evidence.add(new Evidence(
                                Kind.NAME_WITHHELD,
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
                    evidence.add(new Evidence(
                            Kind.TROUBLE,
                            seq,
                            e.severity(),
                            settings.troubleWeights().get(e.severity()),
                            settings.troubleHalfLife(),
                            happened,
                            e.recordedAt(),
                            null));
                    spoilers.add(new Spoiler(happened, e.recordedAt()));
                }
                case PaymentShort e -> {
                    evidence.add(new Evidence(
                            Kind.SHORT_PAYMENT,
                            seq,
                            null,
                            settings.shortfallWeights().get(e.reason()),
                            settings.troubleHalfLife(),
                            e.recordedAt(),
                            e.recordedAt(),
                            null));
                    spoilers.add(new Spoiler(e.recordedAt(), e.recordedAt()));
                    invoices.put(e.invoiceRef(), new Invoice(e.outstanding().value(), List.of(seq)));
                }
                case PaymentSettled e -> {
                    Invoice before = invoices.get(e.invoiceRef());
                    List<Long> sequences = new ArrayList<>(before == null ? List.of() : before.sequences());
                    sequences.add(seq);
                    // Paying up is good evidence only when it ends a shortfall the ledger knows of.
                    if (before != null
                            && before.outstandingYen() > 0
                            && e.outstanding().value() == 0) {
                        evidence.add(new Evidence(
                                Kind.SETTLEMENT,
                                seq,
                                null,
                                settings.settledShortfallCredit(),
                                settings.goodHalfLife(),
                                e.recordedAt(),
                                e.recordedAt(),
                                null));
                    }
                    invoices.put(e.invoiceRef(), new Invoice(e.outstanding().value(), sequences));
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
                case org.trustledger.domain.party.PartyEvent.EntryRetracted e -> {
                    // The generated histories hold no retractions; the fold's own tests cover them.
                }
            }
        }
        for (SequencedEvent job : accepted) {
            jobEvidence(job, spoilers).ifPresent(evidence::add);
        }
        boolean terminated = terminatedBy != null && reinstatedBy == null;
        return new Facts(List.copyOf(evidence), invoices, terminated, terminatedBy, reinstatedBy);
    }

    private Optional<Evidence> jobEvidence(SequencedEvent job, List<Spoiler> spoilers) {
        Instant done = job.event().recordedAt();
        // A trouble from earlier the same day may well be about this job: the day, not the minute, is what staff log.
        Instant windowStart =
                done.atZone(SHOP_ZONE).toLocalDate().atStartOfDay(SHOP_ZONE).toInstant();
        Instant matured = done.plus(settings.jobProbation());
        Instant spoiledAt = spoilers.stream()
                .filter(s ->
                        !s.happenedAt().isBefore(windowStart) && !s.happenedAt().isAfter(matured))
                .map(Spoiler::knownAt)
                .min(Comparator.naturalOrder())
                .orElse(null);
        if (spoiledAt != null && !spoiledAt.isAfter(matured)) {
            return Optional.empty();
        }
        return Optional.of(new Evidence(
                Kind.GOOD_JOB,
                job.sequence(),
                null,
                settings.acceptedJobCredit(),
                settings.goodHalfLife(),
                done,
                matured,
                spoiledAt));
    }

    private static Instant happenedAt(TroubleLogged e) {
        if (e.occurredOn() == null) {
            return e.recordedAt();
        }
        Instant startOfDay = e.occurredOn().atStartOfDay(SHOP_ZONE).toInstant();
        // Nothing is logged before it happens; a later day than the record can only be a slip, so the record wins.
        return startOfDay.isAfter(e.recordedAt()) ? e.recordedAt() : startOfDay;
    }

    private Track replayTier(List<Evidence> evidence, List<SequencedEvent> known, Instant asOf) {
        NavigableSet<Instant> marks = new TreeSet<>();
        marks.add(asOf);
        for (SequencedEvent event : known) {
            marks.add(event.event().recordedAt());
        }
        for (Evidence e : evidence) {
            addIfSeen(marks, e.from(), asOf);
            addIfSeen(marks, e.until(), asOf);
        }
        Tier tier = Tier.CALM;
        Instant since = null;
        List<Long> because = List.of();
        Instant t = marks.first();
        while (true) {
            Totals totals = totals(evidence, t);
            Tier next = next(tier, totals.score());
            if (next != tier) {
                tier = next;
                since = t;
                because = badSequences(evidence, t);
            }
            if (t.equals(asOf)) {
                return new Track(tier, since, because);
            }
            Instant nextMark = marks.higher(t);
            if (totals.bad() == 0 && nextMark.equals(asOf)) {
                // Nothing new arrives before asOf and nothing bad is left, so the score stays at or below zero: calm.
                t = asOf;
            } else {
                Instant step = t.plus(settings.tierCheckInterval());
                t = step.isBefore(nextMark) ? step : nextMark;
            }
        }
    }

    private static void addIfSeen(NavigableSet<Instant> marks, Instant mark, Instant asOf) {
        if (mark != null && !mark.isAfter(asOf)) {
            marks.add(mark);
        }
    }

    private Tier next(Tier tier, double score) {
        return switch (tier) {
            case CALM ->
                score >= settings.unreliableEnter()
                        ? Tier.UNRELIABLE
                        : score >= settings.watchEnter() ? Tier.WATCH : Tier.CALM;
            case WATCH ->
                score >= settings.unreliableEnter()
                        ? Tier.UNRELIABLE
                        : score < settings.watchExit() ? Tier.CALM : Tier.WATCH;
            case UNRELIABLE ->
                score >= settings.unreliableExit()
                        ? Tier.UNRELIABLE
                        : score >= settings.watchExit() ? Tier.WATCH : Tier.CALM;
        };
    }

    private Totals totals(List<Evidence> evidence, Instant t) {
        double bad = 0;
        double good = 0;
        for (Evidence e : evidence) {
            double weight = countedWeight(e, t);
            if (e.kind().bad) {
                bad += weight;
            } else {
                good += weight;
            }
        }
        return new Totals(bad, good, bad - Math.min(good, settings.goodCreditCap()));
    }

    /** The weight a piece of evidence carries at {@code t}, or zero when it does not count then. */
    private double countedWeight(Evidence e, Instant t) {
        if (e.from().isAfter(t) || (e.until() != null && !t.isBefore(e.until()))) {
            return 0;
        }
        Duration age = Duration.between(e.evidenceAt(), t);
        double ageSeconds = age.isNegative() ? 0 : seconds(age);
        double weight = e.weight() * Math.pow(0.5, ageSeconds / seconds(e.halfLife()));
        return weight < settings.negligibleWeight() ? 0 : weight;
    }

    private List<Long> badSequences(List<Evidence> evidence, Instant t) {
        return evidence.stream()
                .filter(e -> e.kind().bad && countedWeight(e, t) > 0)
                .map(Evidence::sequence)
                .sorted()
                .toList();
    }

    private TrustStatus status(Tier tier, Totals now, Facts facts, boolean linkedToTerminatedUnreviewed) {
        if (facts.terminated()) {
            return TrustStatus.TERMINATED;
        }
        TrustStatus status = switch (tier) {
            case UNRELIABLE -> TrustStatus.UNRELIABLE;
            case WATCH -> TrustStatus.WATCH;
            case CALM -> now.good() > 0 ? TrustStatus.GOOD : TrustStatus.NEW;
        };
        if (facts.owing() && (status == TrustStatus.NEW || status == TrustStatus.GOOD)) {
            status = TrustStatus.WATCH;
        }
        // A likely rename waits for a manager, but the party's own proven record is the stronger verdict.
        if (linkedToTerminatedUnreviewed && status != TrustStatus.UNRELIABLE) {
            status = TrustStatus.PROVISIONAL;
        }
        return status;
    }

    private List<Reason> reasons(
            TrustStatus status, Track track, Totals now, Facts facts, List<TerminatedLink> links, Instant asOf) {
        List<Reason> reasons = new ArrayList<>();
        if (facts.terminated()) {
            reasons.add(Reason.of(ReasonCode.TERMINATED, Map.of(), List.of(facts.terminatedBy())));
        }
        // How links are worded is not what this oracle checks, so it words them as the policy does.
        new LinkToTerminated(links).reason().ifPresent(reasons::add);
        if (facts.reinstatedBy() != null) {
            List<Long> sequences = facts.terminatedBy() == null
                    ? List.of(facts.reinstatedBy())
                    : List.of(facts.terminatedBy(), facts.reinstatedBy());
            reasons.add(Reason.of(ReasonCode.REINSTATED, Map.of(), sequences));
        }
        if (facts.owing()) {
            reasons.add(unsettled(facts.invoices()));
        }
        heldReason(status, track, now).ifPresent(reasons::add);

        Map<Kind, List<Evidence>> counted = new LinkedHashMap<>();
        Map<Kind, Double> weights = new LinkedHashMap<>();
        for (Evidence e : facts.evidence()) {
            double weight = countedWeight(e, asOf);
            if (weight > 0) {
                counted.computeIfAbsent(e.kind(), k -> new ArrayList<>()).add(e);
                weights.merge(e.kind(), weight, Double::sum);
            }
        }
        List<Evidence> troubles = counted.getOrDefault(Kind.TROUBLE, List.of());
        if (!troubles.isEmpty()) {
            Map<String, Object> args = new LinkedHashMap<>();
            args.put("count", troubles.size());
            for (Severity severity : Severity.values()) {
                args.put(severity.name().toLowerCase(Locale.ROOT), (int)
                        troubles.stream().filter(e -> e.severity() == severity).count());
            }
            args.put("weight", rounded(weights.get(Kind.TROUBLE)));
            reasons.add(Reason.of(ReasonCode.TROUBLES, args, sequences(troubles)));
        }
        countedReason(ReasonCode.SHORT_PAYMENTS, Kind.SHORT_PAYMENT, counted, weights)
                .ifPresent(reasons::add);
        countedReason(ReasonCode.NAME_WITHHELD, Kind.NAME_WITHHELD, counted, weights)
                .ifPresent(reasons::add);

        List<Evidence> jobs = counted.getOrDefault(Kind.GOOD_JOB, List.of());
        List<Evidence> settlements = counted.getOrDefault(Kind.SETTLEMENT, List.of());
        if (now.good() > 0) {
            List<Evidence> good = new ArrayList<>(jobs);
            good.addAll(settlements);
            Map<String, Object> args = new LinkedHashMap<>();
            args.put("jobs", jobs.size());
            args.put("settlements", settlements.size());
            // What the good record actually takes off the score, not what it would if uncapped.
            args.put("weight", rounded(Math.min(now.good(), settings.goodCreditCap())));
            reasons.add(Reason.of(ReasonCode.GOOD_RECORD, args, sequences(good)));
        }
        List<Evidence> pending = facts.evidence().stream()
                .filter(e -> e.kind() == Kind.GOOD_JOB && e.from().isAfter(asOf))
                .toList();
        if (!pending.isEmpty()) {
            Map<String, Object> args = new LinkedHashMap<>();
            args.put("count", pending.size());
            args.put("probationDays", settings.jobProbation().toDays());
            reasons.add(Reason.of(ReasonCode.JOBS_IN_PROBATION, args, sequences(pending)));
        }
        if (status == TrustStatus.TERMINATED || status == TrustStatus.PROVISIONAL) {
            return reasons;
        }
        if (counted.isEmpty() && !facts.owing()) {
            reasons.add(Reason.of(ReasonCode.NO_EVIDENCE, Map.of(), List.of()));
        } else if (now.good() == 0 && track.tier() == Tier.CALM && !facts.owing()) {
            reasons.add(Reason.of(ReasonCode.NO_GOOD_RECORD, Map.of(), List.of()));
        }
        return reasons;
    }

    private static Reason unsettled(Map<String, Invoice> invoices) {
        long outstanding = 0;
        int count = 0;
        List<Long> sequences = new ArrayList<>();
        for (Invoice invoice : invoices.values()) {
            if (invoice.outstandingYen() > 0) {
                count++;
                outstanding = Math.addExact(outstanding, invoice.outstandingYen());
                sequences.addAll(invoice.sequences());
            }
        }
        Map<String, Object> args = new LinkedHashMap<>();
        args.put("invoices", count);
        args.put("outstandingYen", outstanding);
        return Reason.of(
                ReasonCode.UNSETTLED_SHORTFALL,
                args,
                sequences.stream().sorted().toList());
    }

    private Optional<Reason> heldReason(TrustStatus status, Track track, Totals now) {
        double enter;
        double exit;
        if (track.tier() == Tier.WATCH && status == TrustStatus.WATCH) {
            enter = settings.watchEnter();
            exit = settings.watchExit();
        } else if (track.tier() == Tier.UNRELIABLE && status == TrustStatus.UNRELIABLE) {
            enter = settings.unreliableEnter();
            exit = settings.unreliableExit();
        } else {
            return Optional.empty();
        }
        if (now.score() >= enter) {
            return Optional.empty();
        }
        Map<String, Object> args = new LinkedHashMap<>();
        args.put("status", status.name());
        args.put("score", rounded(now.score()));
        args.put("exitBelow", exit);
        args.put("since", LocalDate.ofInstant(track.since(), SHOP_ZONE).toString());
        return Optional.of(Reason.of(ReasonCode.TIER_HELD, args, track.because()));
    }

    private static Optional<Reason> countedReason(
            ReasonCode code, Kind kind, Map<Kind, List<Evidence>> counted, Map<Kind, Double> weights) {
        List<Evidence> items = counted.getOrDefault(kind, List.of());
        if (items.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> args = new LinkedHashMap<>();
        args.put("count", items.size());
        args.put("weight", rounded(weights.get(kind)));
        return Optional.of(Reason.of(code, args, sequences(items)));
    }

    private static List<Long> sequences(List<Evidence> items) {
        return items.stream().map(Evidence::sequence).sorted().toList();
    }

    /** Two decimals are what a person reads; the unrounded score stays on the assessment. */
    private static double rounded(double value) {
        return Math.round(value * 100) / 100.0;
    }

    private static double seconds(Duration duration) {
        return duration.getSeconds() + duration.getNano() / 1e9;
    }

    private enum Tier {
        CALM,
        WATCH,
        UNRELIABLE
    }

    private enum Kind {
        TROUBLE(true),
        SHORT_PAYMENT(true),
        NAME_WITHHELD(true),
        GOOD_JOB(false),
        SETTLEMENT(false);

        private final boolean bad;

        Kind(boolean bad) {
            this.bad = bad;
        }
    }

    /**
     * One piece of evidence: it counts from {@code from} until {@code until} (open-ended when null), and fades from
     * {@code evidenceAt}.
     */
    private record Evidence(
            Kind kind,
            long sequence,
            Severity severity,
            double weight,
            Duration halfLife,
            Instant evidenceAt,
            Instant from,
            Instant until) {}

    /** Something that spoils an accepted job: when it happened, and from when the ledger knew of it. */
    private record Spoiler(Instant happenedAt, Instant knownAt) {}

    private record Invoice(long outstandingYen, List<Long> sequences) {}

    private record Facts(
            List<Evidence> evidence,
            Map<String, Invoice> invoices,
            boolean terminated,
            Long terminatedBy,
            Long reinstatedBy) {
        boolean owing() {
            return invoices.values().stream().anyMatch(i -> i.outstandingYen() > 0);
        }
    }

    private record Totals(double bad, double good, double score) {}

    /** The tier at asOf, since when it has held, and the bad evidence that counted when it was entered. */
    private record Track(Tier tier, Instant since, List<Long> because) {}
}
