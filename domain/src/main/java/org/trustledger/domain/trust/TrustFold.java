package org.trustledger.domain.trust;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeMap;
import org.trustledger.domain.InvalidValueException;
import org.trustledger.domain.party.Answer;
import org.trustledger.domain.party.PartyDecider;
import org.trustledger.domain.party.PartyEvent;
import org.trustledger.domain.party.PartyEvent.CallerIdentified;
import org.trustledger.domain.party.PartyEvent.EntryRetracted;
import org.trustledger.domain.party.PartyEvent.PaymentSettled;
import org.trustledger.domain.party.PartyEvent.PaymentShort;
import org.trustledger.domain.party.PartyEvent.RelationshipReinstated;
import org.trustledger.domain.party.PartyEvent.RelationshipTerminated;
import org.trustledger.domain.party.PartyEvent.RequestReceived;
import org.trustledger.domain.party.PartyEvent.TroubleLogged;
import org.trustledger.domain.party.PartyState;
import org.trustledger.domain.party.Yen;

/**
 * One party's trust, folded event by event and kept, so that its status as of its latest event or later is had without
 * reading its history: what {@link TrustPolicy#assess} answers from the whole history, at a cost that does not grow with
 * it.
 *
 * <p>It holds only what can still matter from its latest event on: the evidence that may still count (what has faded
 * out or was spoiled is dropped), the references the hard facts' reasons point at, and the tier replay of
 * {@link TierReplay} stopped just before the latest event's instant — its running totals, the evidence counting in them
 * and the evidence yet to start, its tier, since when, and the bad evidence that counted then. Another event at or after
 * the latest instant moves the replay on to just before its own instant and adds its evidence ({@link #add}); a status
 * copies the replay and runs it on to the instant asked about ({@link #assess}). Everything else — a retraction, which
 * withdraws an entry as if it had never counted, an event stamped before the latest one, a gap in the sequence, other
 * settings — cannot be folded in: {@link #add} says so, and the caller folds the whole history again with {@link #of}.
 *
 * <p>The decider's {@link PartyState} is not kept here: its owner keeps it, and hands it in, so that the hard facts come
 * from one fold only. The fields are plain values, so that the fold can be stored with the party's snapshot; what is
 * rebuilt from them is transient.
 */
public final class TrustFold {
    /** As in {@link TierReplay}: far above the rounding of the running totals, far below what a threshold tells. */
    private static final double TIE = 1e-8;

    private static final Comparator<Evidence> BY_START = Comparator.comparing(Evidence::from)
            .thenComparing(e -> e.kind() == EvidenceKind.GOOD_JOB)
            .thenComparingLong(Evidence::sequence);

    private TrustPolicySettings settings;
    private long sequence;
    private Instant latest;
    /** Evidence other than jobs that may still count, in order of sequence. */
    private LinkedHashMap<Long, Evidence> evidence = new LinkedHashMap<>();
    /** Accepted jobs that may still count or are in probation, in order of sequence. */
    private LinkedHashMap<Long, Evidence> jobs = new LinkedHashMap<>();
    /** The latest moment a trouble or short payment happened: a job accepted from that day on is spoiled. */
    private Instant lastSpoilerHappened;

    private Map<String, List<Long>> invoiceSequences = new LinkedHashMap<>();
    private Long terminatedBy;
    private Long reinstatedBy;

    private Tier tier = Tier.CALM;
    private Instant since;
    private List<Long> heldBecause;
    private Instant lastCheck;
    /** The next check by interval, or null while checks wait for the next mark. */
    private Instant stepAt;

    private Sum troubles = new Sum();
    private Sum withheldNames = new Sum();
    private Sum good = new Sum();
    /**
     * The evidence counting in the running totals, by sequence, each with its next check; not stored, since it is the
     * evidence kept that started by the last check ({@link #indexed}).
     */
    private transient LinkedHashMap<Long, Counting> counting;
    /** The evidence that has not started counting yet, by its start; not stored either. */
    private transient ArrayList<Evidence> pending;

    private transient PriorityQueue<Counting> stops;
    /** The jobs no trouble spoiled yet, by when they were accepted. */
    private transient NavigableMap<Instant, Set<Long>> unspoiled;

    private TrustFold() {
        // For a store that reads the fields back.
    }

    private TrustFold(TrustPolicySettings settings) {
        this.settings = settings;
        this.counting = new LinkedHashMap<>();
        this.pending = new ArrayList<>();
    }

    /**
     * Makes the replay's indexes again after the fold was read back from a store: evidence is kept exactly while it
     * is counting or yet to start, so what started by the last check is counting and the rest pending. A counting
     * piece is checked first at its estimated fading-out moment, as when it started; if that is past, it is checked at
     * the next check, as it would have been anyway.
     */
    private void indexed() {
        if (counting != null) {
            return;
        }
        counting = new LinkedHashMap<>();
        pending = new ArrayList<>();
        for (Evidence e : allEvidence()) {
            if (lastCheck != null && !e.from().isAfter(lastCheck)) {
                counting.put(e.sequence(), new Counting(e, firstCheck(e)));
            } else {
                pending.add(e);
            }
        }
        pending.sort(BY_START);
    }

    /** The same fold as a store would read it back: without the indexes it does not store. */
    TrustFold readBack() {
        TrustFold copy = copy();
        copy.counting = null;
        copy.pending = null;
        copy.stops = null;
        return copy;
    }

    /** A piece of evidence counting in a running total, and the next moment to check whether it still does. */
    record Counting(Evidence evidence, Instant checkAt) {}

    /** A running faded total, as {@link DecayingSum} keeps it, in plain fields. */
    static final class Sum {
        private double total;
        private int count;
        private Instant at;

        void advanceTo(Instant t, double halfLifeSeconds) {
            if (at != null && count > 0 && !t.equals(at)) {
                total *= Math.pow(0.5, Evidence.ageSeconds(at, t) / halfLifeSeconds);
            }
            at = t;
        }

        void add(double weightNow) {
            total += weightNow;
            count++;
        }

        void remove(double weightNow) {
            count--;
            total = count == 0 ? 0 : Math.max(0, total - weightNow);
        }

        Sum copy() {
            Sum copy = new Sum();
            copy.total = total;
            copy.count = count;
            copy.at = at;
            return copy;
        }
    }

    /** The fold of a party with no events yet. */
    public static TrustFold empty(TrustPolicySettings settings) {
        return new TrustFold(InvalidValueException.requireValue("settings", settings));
    }

    /**
     * Folds the whole history once, as the policy does: for a party whose fold is missing or could not take an event.
     *
     * @param history the party's events in order of sequence, oldest first, numbered from 1 without gaps
     */
    public static TrustFold of(List<SequencedEvent> history, TrustPolicySettings settings) {
        TrustFold fold = empty(settings);
        if (history.isEmpty()) {
            return fold;
        }
        PartyRecord record = PartyRecord.of(history, settings);
        for (Evidence e : record.evidence()) {
            if (e.kind() == EvidenceKind.GOOD_JOB) {
                fold.jobs.put(e.sequence(), e);
            } else {
                fold.evidence.put(e.sequence(), e);
                if (e.kind().bad() && e.kind() != EvidenceKind.NAME_WITHHELD) {
                    fold.lastSpoilerHappened = later(fold.lastSpoilerHappened, e.evidenceAt());
                }
            }
            fold.pending.add(e);
        }
        fold.pending.sort(BY_START);
        record.invoiceSequences()
                .forEach((invoice, sequences) -> fold.invoiceSequences.put(invoice, new ArrayList<>(sequences)));
        fold.terminatedBy = record.terminatedBy();
        fold.reinstatedBy = record.reinstatedBy();
        fold.sequence = history.getLast().sequence();
        List<Instant> times = new ArrayList<>(record.eventTimes());
        times.sort(null);
        fold.latest = times.getLast();
        fold.run(fold.latest, false, times, true);
        return fold;
    }

    /** The sequence of the last event folded in; 0 before the first. */
    public long sequence() {
        return sequence;
    }

    /** The latest instant any event folded in was recorded at; null before the first. */
    public Instant latest() {
        return latest;
    }

    /** Whether the fold was made with these settings, so that its evidence weighs what the policy would weigh now. */
    public boolean foldedWith(TrustPolicySettings current) {
        return settings.equals(current);
    }

    /**
     * Folds in the next event, in time that does not grow with the history; false, leaving the fold unusable, when it
     * cannot: a retraction, an event stamped before the latest one, or not the next sequence.
     *
     * @param before the decider's state of the party just before the event
     */
    public boolean add(SequencedEvent next, PartyState before) {
        indexed();
        PartyEvent event = next.event();
        Instant at = event.recordedAt();
        if (next.sequence() != sequence + 1
                || event instanceof EntryRetracted
                || (latest != null && at.isBefore(latest))) {
            sequence = -1;
            return false;
        }
        long seq = next.sequence();
        switch (event) {
            case RequestReceived e -> {
                if (e.answer() == Answer.ACCEPTED) {
                    acceptJob(seq, at);
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
                            at,
                            at,
                            null));
                }
            }
            case TroubleLogged e -> {
                Instant happened = PartyRecord.happenedAt(e);
                addEvidence(new Evidence(
                        EvidenceKind.TROUBLE,
                        seq,
                        e.severity(),
                        settings.troubleWeights().get(e.severity()),
                        settings.troubleHalfLife(),
                        happened,
                        at,
                        null));
                spoil(happened, at);
            }
            case PaymentShort e -> {
                addEvidence(new Evidence(
                        EvidenceKind.SHORT_PAYMENT,
                        seq,
                        null,
                        settings.shortfallWeights().get(e.reason()),
                        settings.troubleHalfLife(),
                        at,
                        at,
                        null));
                spoil(at, at);
                List<Long> sequences = new ArrayList<>(2);
                sequences.add(seq);
                invoiceSequences.put(e.invoiceRef(), sequences);
            }
            case PaymentSettled e -> {
                Yen owed = before.outstandingByInvoice().get(e.invoiceRef());
                invoiceSequences
                        .computeIfAbsent(e.invoiceRef(), ref -> new ArrayList<>(1))
                        .add(seq);
                if (owed != null && owed.value() > 0 && e.outstanding().value() == 0) {
                    addEvidence(new Evidence(
                            EvidenceKind.SETTLEMENT,
                            seq,
                            null,
                            settings.settledShortfallCredit(),
                            settings.goodHalfLife(),
                            at,
                            at,
                            null));
                }
            }
            case RelationshipTerminated e -> {
                terminatedBy = seq;
                reinstatedBy = null;
            }
            case RelationshipReinstated e -> reinstatedBy = seq;
            default -> {
                // Who a party is, its reviews and renames say nothing about how it behaves (as in PartyRecord).
            }
        }
        sequence = seq;
        if (latest != null && at.isAfter(latest)) {
            // Everything up to the new instant is settled now: nothing later can start or stop before it.
            run(at, false, List.of(), true);
        }
        latest = at;
        return true;
    }

    /**
     * The party's status as of {@code asOf}, which must not be before the latest event: exactly what
     * {@link TrustPolicy#assess(List, Instant, List)} answers from the whole history.
     *
     * @param state the decider's state after the same events
     * @param unreviewedLinks the terminated parties this one is likely the same business as, not yet reviewed
     */
    public TrustAssessment assess(
            TrustPolicy policy, PartyState state, Instant asOf, List<TerminatedLink> unreviewedLinks) {
        InvalidValueException.requireValue("asOf", asOf);
        if (!usable() || !foldedWith(policy.settings())) {
            throw new IllegalStateException("this fold must be made again from the history first");
        }
        if (latest != null && asOf.isBefore(latest)) {
            throw new IllegalArgumentException("the fold answers from its latest event on, not as of " + asOf);
        }
        LinkToTerminated link =
                new LinkToTerminated(InvalidValueException.requireValue("unreviewedLinks", unreviewedLinks));
        indexed();
        TrustFold replay = copyOfReplay();
        TierReplay.Track track = replay.latest == null
                ? new TierReplay.Track(Tier.CALM, null)
                : replay.run(asOf, true, List.of(), false);
        PartyRecord record = record(state);
        Totals now = Totals.at(record.evidence(), asOf, settings);
        TrustStatus status = TrustPolicy.status(track.tier(), now, record, link);
        List<Long> because = track.since() == null ? null : replay.heldBecause;
        return new TrustAssessment(
                status, now.score(), new TrustReasons(settings).of(status, track, now, record, link, asOf, because));
    }

    /** Whether the fold took every event handed to it; if not, it must be made again with {@link #of}. */
    public boolean usable() {
        return sequence >= 0;
    }

    private PartyRecord record(PartyState state) {
        return new PartyRecord(allEvidence(), List.of(), state, invoiceSequences, terminatedBy, reinstatedBy);
    }

    /** The evidence in the order the policy's record lists it: the events' own, then the jobs. */
    private List<Evidence> allEvidence() {
        List<Evidence> all = new ArrayList<>(evidence.size() + jobs.size());
        all.addAll(evidence.values());
        all.addAll(jobs.values());
        return all;
    }

    private void addEvidence(Evidence e) {
        evidence.put(e.sequence(), e);
        addPending(e);
    }

    private void addPending(Evidence e) {
        int at = insertionPoint(e);
        pending.add(at, e);
    }

    private int insertionPoint(Evidence e) {
        int lo = 0;
        int hi = pending.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (BY_START.compare(pending.get(mid), e) < 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** As {@code PartyRecord}'s job evidence: spoiled at once by a trouble known already from the job's day on. */
    private void acceptJob(long seq, Instant done) {
        Instant windowStart = startOfDay(done);
        if (lastSpoilerHappened != null && !lastSpoilerHappened.isBefore(windowStart)) {
            return;
        }
        Evidence job = new Evidence(
                EvidenceKind.GOOD_JOB,
                seq,
                null,
                settings.acceptedJobCredit(),
                settings.goodHalfLife(),
                done,
                done.plus(settings.jobProbation()),
                null);
        jobs.put(seq, job);
        addPending(job);
        unspoiled().computeIfAbsent(done, d -> new HashSet<>()).add(seq);
    }

    /**
     * A trouble or short payment that happened at {@code happened}, known from {@code known}, the latest instant yet:
     * it ends the credit of every job from whose day to whose end of probation it happened — at once if the job has
     * not yet matured, from {@code known} if it has. A job spoiled before is spoiled by an earlier known one already.
     */
    private void spoil(Instant happened, Instant known) {
        lastSpoilerHappened = later(lastSpoilerHappened, happened);
        Instant from = happened.minus(settings.jobProbation());
        Instant before = startOfDay(happened).plus(java.time.Duration.ofDays(1));
        NavigableMap<Instant, Set<Long>> window = unspoiled().subMap(from, true, before, false);
        if (window.isEmpty()) {
            return;
        }
        List<Long> hit = new ArrayList<>();
        window.values().forEach(hit::addAll);
        window.clear();
        for (long seq : hit) {
            Evidence job = jobs.get(seq);
            if (job == null) {
                continue;
            }
            if (job.from().isBefore(happened) || startOfDay(job.evidenceAt()).isAfter(happened)) {
                // Outside its window after all: the day boundaries are the zone's; keep it waiting.
                unspoiled()
                        .computeIfAbsent(job.evidenceAt(), d -> new HashSet<>())
                        .add(seq);
                continue;
            }
            boolean notStarted = removePending(job);
            if (!known.isAfter(job.from())) {
                jobs.remove(seq);
                continue;
            }
            Evidence spoiled = new Evidence(
                    job.kind(),
                    job.sequence(),
                    job.severity(),
                    job.weight(),
                    job.halfLife(),
                    job.evidenceAt(),
                    job.from(),
                    known);
            jobs.put(seq, spoiled);
            if (notStarted) {
                addPending(spoiled);
            }
            Counting c = counting.get(seq);
            if (c != null) {
                Counting now = new Counting(spoiled, c.checkAt().isBefore(known) ? c.checkAt() : known);
                counting.put(seq, now);
                stops().add(now);
            }
        }
    }

    private boolean removePending(Evidence e) {
        int at = insertionPoint(e);
        if (at < pending.size() && pending.get(at).sequence() == e.sequence()) {
            pending.remove(at);
            return true;
        }
        return false;
    }

    private NavigableMap<Instant, Set<Long>> unspoiled() {
        if (unspoiled == null) {
            unspoiled = new TreeMap<>();
            for (Evidence job : jobs.values()) {
                if (job.until() == null) {
                    unspoiled
                            .computeIfAbsent(job.evidenceAt(), d -> new HashSet<>())
                            .add(job.sequence());
                }
            }
        }
        return unspoiled;
    }

    private PriorityQueue<Counting> stops() {
        if (stops == null) {
            stops = new PriorityQueue<>(Comparator.comparing(Counting::checkAt));
            stops.addAll(counting.values());
        }
        return stops;
    }

    /**
     * A fold of its own with the same contents, to fold further events into while this one stays as it is (a snapshot
     * that a store hands out as the very object it keeps).
     */
    public TrustFold copy() {
        indexed();
        TrustFold copy = copyOfReplay();
        copy.evidence = new LinkedHashMap<>(evidence);
        copy.jobs = new LinkedHashMap<>(jobs);
        copy.lastSpoilerHappened = lastSpoilerHappened;
        copy.invoiceSequences = new LinkedHashMap<>();
        invoiceSequences.forEach(
                (invoice, sequences) -> copy.invoiceSequences.put(invoice, new ArrayList<>(sequences)));
        copy.terminatedBy = terminatedBy;
        copy.reinstatedBy = reinstatedBy;
        return copy;
    }

    /** A fold that shares the evidence, with a replay of its own to run on without changing this one. */
    private TrustFold copyOfReplay() {
        TrustFold copy = new TrustFold(settings);
        copy.sequence = sequence;
        copy.latest = latest;
        copy.evidence = evidence;
        copy.jobs = jobs;
        copy.tier = tier;
        copy.since = since;
        copy.heldBecause = heldBecause;
        copy.lastCheck = lastCheck;
        copy.stepAt = stepAt;
        copy.troubles = troubles.copy();
        copy.withheldNames = withheldNames.copy();
        copy.good = good.copy();
        copy.counting = new LinkedHashMap<>(counting);
        copy.pending = new ArrayList<>(pending);
        return copy;
    }

    /**
     * Runs the tier replay from its last check on, as {@link TierReplay} would: every check before {@code end}, or up
     * to and including it when {@code through} (then {@code end} is a mark of its own). The other marks are the latest
     * event's instant, when each pending piece of evidence starts, and {@code extraMarks} (sorted).
     *
     * @param forget whether evidence that stops counting is dropped from the fold for good
     * @return the tier after the last check
     */
    private TierReplay.Track run(Instant end, boolean through, List<Instant> extraMarks, boolean forget) {
        int extra = 0;
        while (true) {
            while (extra < extraMarks.size()
                    && lastCheck != null
                    && !extraMarks.get(extra).isAfter(lastCheck)) {
                extra++;
            }
            Instant mark = null;
            if (latest != null && (lastCheck == null || latest.isAfter(lastCheck))) {
                mark = latest;
            }
            if (!pending.isEmpty()) {
                mark = earlier(mark, pending.getFirst().from());
            }
            if (extra < extraMarks.size()) {
                mark = earlier(mark, extraMarks.get(extra));
            }
            if (through && (lastCheck == null || end.isAfter(lastCheck))) {
                mark = earlier(mark, end);
            }
            Instant t = mark;
            if (lastCheck != null && stepAt != null && (t == null || stepAt.isBefore(t))) {
                t = stepAt;
            }
            if (t == null || (through ? t.isAfter(end) : !t.isBefore(end))) {
                return new TierReplay.Track(tier, since);
            }
            check(t, forget);
            if (through && t.equals(end)) {
                return new TierReplay.Track(tier, since);
            }
        }
    }

    private void check(Instant t, boolean forget) {
        troubles.advanceTo(t, Evidence.seconds(settings.troubleHalfLife()));
        withheldNames.advanceTo(t, Evidence.seconds(settings.nameWithheldHalfLife()));
        good.advanceTo(t, Evidence.seconds(settings.goodHalfLife()));
        int started = 0;
        while (started < pending.size() && !pending.get(started).from().isAfter(t)) {
            start(pending.get(started++), t, forget);
        }
        pending.subList(0, started).clear();
        stopWhatNoLongerCounts(t, forget);

        double bad = troubles.total + withheldNames.total;
        Tier next = tier.next(score(bad, t), settings);
        if (next != tier) {
            tier = next;
            since = t;
            heldBecause = tier == Tier.CALM ? null : countingBadAt(t);
        }
        lastCheck = t;
        boolean nothingBad = troubles.count == 0 && withheldNames.count == 0;
        stepAt = nothingBad || (tier == Tier.CALM && bad < settings.watchEnter() - TIE)
                ? null
                : t.plus(settings.tierCheckInterval());
    }

    /** As {@link TrustReasons#heldBecause}: only evidence counting in the totals can count at {@code t}. */
    private List<Long> countingBadAt(Instant t) {
        return counting.values().stream()
                .map(Counting::evidence)
                .filter(e -> e.kind().bad() && e.countedWeight(t, settings.negligibleWeight()) > 0)
                .map(Evidence::sequence)
                .sorted()
                .toList();
    }

    private double score(double bad, Instant t) {
        double score = Totals.of(bad, good.total, settings).score();
        if (Math.abs(score - settings.watchEnter()) < TIE
                || Math.abs(score - settings.watchExit()) < TIE
                || Math.abs(score - settings.unreliableEnter()) < TIE
                || Math.abs(score - settings.unreliableExit()) < TIE) {
            return Totals.at(allEvidence(), t, settings).score();
        }
        return score;
    }

    private void start(Evidence e, Instant t, boolean forget) {
        if (e.until() != null && !t.isBefore(e.until())) {
            gone(e, forget);
            return;
        }
        double weight = e.fadedWeight(t);
        if (weight < settings.negligibleWeight()) {
            gone(e, forget);
            return;
        }
        sumOf(e).add(weight);
        Counting c = new Counting(e, firstCheck(e));
        counting.put(e.sequence(), c);
        stops().add(c);
    }

    private void stopWhatNoLongerCounts(Instant t, boolean forget) {
        List<Counting> stillCounting = null;
        PriorityQueue<Counting> queue = stops();
        while (!queue.isEmpty() && !queue.peek().checkAt().isAfter(t)) {
            Counting c = queue.poll();
            if (counting.get(c.evidence().sequence()) != c) {
                // Replaced when a trouble spoiled its job: the replacement is in the queue too.
                continue;
            }
            Evidence e = c.evidence();
            double weight = e.fadedWeight(t);
            if ((e.until() != null && !t.isBefore(e.until())) || weight < settings.negligibleWeight()) {
                sumOf(e).remove(weight);
                counting.remove(e.sequence());
                gone(e, forget);
            } else {
                if (stillCounting == null) {
                    stillCounting = new ArrayList<>();
                }
                Instant again = t.plusNanos(1);
                Counting later = new Counting(e, e.until() != null && e.until().isBefore(again) ? e.until() : again);
                counting.put(e.sequence(), later);
                stillCounting.add(later);
            }
        }
        if (stillCounting != null) {
            queue.addAll(stillCounting);
        }
    }

    /** Evidence that can count no more, from any instant the fold will be asked about. */
    private void gone(Evidence e, boolean forget) {
        if (!forget) {
            return;
        }
        if (e.kind() == EvidenceKind.GOOD_JOB) {
            jobs.remove(e.sequence());
            if (e.until() == null) {
                Set<Long> sameDone = unspoiled().get(e.evidenceAt());
                if (sameDone != null) {
                    sameDone.remove(e.sequence());
                    if (sameDone.isEmpty()) {
                        unspoiled().remove(e.evidenceAt());
                    }
                }
            }
        } else {
            evidence.remove(e.sequence());
        }
    }

    private Instant firstCheck(Evidence e) {
        Instant fadesOut = e.fadesOutAround(settings.negligibleWeight());
        Instant early = fadesOut == null ? null : fadesOut.minusSeconds(1);
        if (e.until() == null) {
            return early == null ? Instant.MAX : early;
        }
        return early == null || e.until().isBefore(early) ? e.until() : early;
    }

    private Sum sumOf(Evidence e) {
        return switch (e.kind()) {
            case TROUBLE, SHORT_PAYMENT -> troubles;
            case NAME_WITHHELD -> withheldNames;
            case GOOD_JOB, SETTLEMENT -> good;
        };
    }

    private static Instant startOfDay(Instant t) {
        return t.atZone(PartyDecider.SHOP_ZONE)
                .toLocalDate()
                .atStartOfDay(PartyDecider.SHOP_ZONE)
                .toInstant();
    }

    private static Instant earlier(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || !b.isBefore(a) ? a : b;
    }

    private static Instant later(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || !b.isAfter(a) ? a : b;
    }
}
