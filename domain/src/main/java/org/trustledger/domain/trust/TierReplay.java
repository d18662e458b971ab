package org.trustledger.domain.trust;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Replays a party's tier along its history, since hysteresis needs to know where the party came from and the policy
 * keeps no memory of its own.
 *
 * <p><b>When the tier is checked.</b> At every moment an event was recorded or a piece of evidence started or stopped
 * counting (its marks), from each mark on every {@code tierCheckInterval} until the next (so that fading out of a tier
 * is noticed even when nothing happens), and at {@code asOf}. A check is skipped only where it could not change the
 * tier: while nothing bad counts, or while the party is calm and the bad weight alone is below {@code watchEnter} (it
 * can only fade until the next mark).
 *
 * <p><b>Cost.</b> The faded totals are never summed again: one {@link DecayingSum} per half-life is faded from check to
 * check by one multiplication, a piece of evidence is added to it when it starts counting and subtracted when it stops
 * — when a good job is spoiled, or when it fades below {@code negligibleWeight}, a moment worked out from its
 * half-life. So a check costs the same whatever the history's length; sorting the marks and the fading-out moments
 * costs O(n log n) for n events (about linear, since histories arrive nearly in order); and the checks number at most
 * the marks plus one per {@code tierCheckInterval} of the history's span. Where the running score lies within
 * {@code TIE} of a threshold (a score landing exactly on one is common: round weights at age zero), the check sums
 * the evidence as {@link Totals#at} does, so that the rounding of the running totals cannot tip a tier either way and
 * the replay answers as summing everything again at every check would.
 */
final class TierReplay {
    /** Far above the rounding of the running totals, far below any difference a threshold is meant to tell. */
    private static final double TIE = 1e-8;

    private final List<Evidence> evidence;
    private final TrustPolicySettings settings;
    private final DecayingSum troubles;
    private final DecayingSum withheldNames;
    private final DecayingSum good;
    private final PriorityQueue<Counting> stops = new PriorityQueue<>(Comparator.comparing(Counting::checkAt));

    private TierReplay(List<Evidence> evidence, TrustPolicySettings settings) {
        this.evidence = evidence;
        this.settings = settings;
        this.troubles = new DecayingSum(settings.troubleHalfLife());
        this.withheldNames = new DecayingSum(settings.nameWithheldHalfLife());
        this.good = new DecayingSum(settings.goodHalfLife());
    }

    /** The tier at asOf and the first moment of its current stretch (null while calm from the start). */
    record Track(Tier tier, Instant since) {}

    /** A piece of evidence that counts now, and the next moment to check whether it still does. */
    private record Counting(Evidence evidence, DecayingSum sum, Instant checkAt) {}

    static Track replay(PartyRecord record, Instant asOf, TrustPolicySettings settings) {
        return replay(record, List.of(asOf), settings).getFirst();
    }

    /**
     * The tier at each of {@code asOfs}, in increasing order, from one walk along the history: each is what
     * {@link #replay(PartyRecord, Instant, TrustPolicySettings)} answers at that instant, provided every piece of
     * evidence that starts or stops counting at or before it, and every event recorded by then, would be in the record
     * as known then too.
     */
    static List<Track> replay(PartyRecord record, List<Instant> asOfs, TrustPolicySettings settings) {
        return new TierReplay(record.evidence(), settings).replay(record.eventTimes(), asOfs);
    }

    private List<Track> replay(List<Instant> eventTimes, List<Instant> asOfs) {
        Instant asOf = asOfs.getLast();
        for (int i = 1; i < asOfs.size(); i++) {
            if (!asOfs.get(i).isAfter(asOfs.get(i - 1))) {
                throw new IllegalArgumentException("the instants must increase: " + asOfs);
            }
        }
        Instant[] marks = marks(eventTimes, evidence, asOfs);
        List<Track> tracks = new ArrayList<>(asOfs.size());
        List<Evidence> byStart = new ArrayList<>(evidence.size());
        for (Evidence e : evidence) {
            if (!e.from().isAfter(asOf)) {
                byStart.add(e);
            }
        }
        byStart.sort(Comparator.comparing(Evidence::from));

        Tier tier = Tier.CALM;
        Instant since = null;
        int started = 0;
        int mark = 0;
        Instant t = marks[0];
        while (true) {
            troubles.advanceTo(t);
            withheldNames.advanceTo(t);
            good.advanceTo(t);
            while (started < byStart.size() && !byStart.get(started).from().isAfter(t)) {
                start(byStart.get(started++), t);
            }
            stopWhatNoLongerCounts(t);

            double bad = troubles.total() + withheldNames.total();
            Tier next = tier.next(score(bad, t), settings);
            if (next != tier) {
                tier = next;
                since = t;
            }
            if (t.equals(asOfs.get(tracks.size()))) {
                tracks.add(new Track(tier, since));
                if (t.equals(asOf)) {
                    return tracks;
                }
            }
            Instant nextMark = marks[mark + 1];
            boolean nothingBad = troubles.isEmpty() && withheldNames.isEmpty();
            // Until the next mark nothing starts counting, so the bad weight only fades: these checks change nothing.
            if (nothingBad || (tier == Tier.CALM && bad < settings.watchEnter() - TIE)) {
                t = nextMark;
            } else {
                Instant step = t.plus(settings.tierCheckInterval());
                t = step.isBefore(nextMark) ? step : nextMark;
            }
            if (t.equals(nextMark)) {
                mark++;
            }
        }
    }

    /** The score at {@code t}: from the running totals, or summed afresh where they are too close to a threshold. */
    private double score(double bad, Instant t) {
        double score = Totals.of(bad, good.total(), settings).score();
        if (nearThreshold(score)) {
            return Totals.at(evidence, t, settings).score();
        }
        return score;
    }

    private boolean nearThreshold(double score) {
        return Math.abs(score - settings.watchEnter()) < TIE
                || Math.abs(score - settings.watchExit()) < TIE
                || Math.abs(score - settings.unreliableEnter()) < TIE
                || Math.abs(score - settings.unreliableExit()) < TIE;
    }

    private void start(Evidence e, Instant t) {
        if (e.until() != null && !t.isBefore(e.until())) {
            return;
        }
        double weight = e.fadedWeight(t);
        // Fading only goes one way: what is negligible when it starts never counts.
        if (weight < settings.negligibleWeight()) {
            return;
        }
        DecayingSum sum = sumOf(e);
        sum.add(weight);
        stops.add(new Counting(e, sum, firstCheck(e)));
    }

    private void stopWhatNoLongerCounts(Instant t) {
        List<Counting> stillCounting = null;
        while (!stops.isEmpty() && !stops.peek().checkAt().isAfter(t)) {
            Counting c = stops.poll();
            Evidence e = c.evidence();
            double weight = e.fadedWeight(t);
            if ((e.until() != null && !t.isBefore(e.until())) || weight < settings.negligibleWeight()) {
                c.sum().remove(weight);
            } else {
                // Its fading-out moment was an estimate a rounding error early: check again at the next check.
                if (stillCounting == null) {
                    stillCounting = new ArrayList<>();
                }
                Instant again = t.plusNanos(1);
                stillCounting.add(
                        new Counting(e, c.sum(), e.until() != null && e.until().isBefore(again) ? e.until() : again));
            }
        }
        if (stillCounting != null) {
            stops.addAll(stillCounting);
        }
    }

    /**
     * A little before the estimated fading-out moment, so that rounding can only make the check early, never late;
     * or when a spoiled job stops counting, if that comes first.
     */
    private Instant firstCheck(Evidence e) {
        Instant fadesOut = e.fadesOutAround(settings.negligibleWeight());
        Instant early = fadesOut == null ? null : fadesOut.minusSeconds(1);
        if (e.until() == null) {
            return early == null ? Instant.MAX : early;
        }
        return early == null || e.until().isBefore(early) ? e.until() : early;
    }

    private DecayingSum sumOf(Evidence e) {
        return switch (e.kind()) {
            case TROUBLE, SHORT_PAYMENT -> troubles;
            case NAME_WITHHELD -> withheldNames;
            case GOOD_JOB, SETTLEMENT -> good;
        };
    }

    private static Instant[] marks(List<Instant> eventTimes, List<Evidence> evidence, List<Instant> asOfs) {
        Instant asOf = asOfs.getLast();
        List<Instant> marks = new ArrayList<>(eventTimes.size() + 2 * evidence.size() + asOfs.size());
        for (Instant t : eventTimes) {
            addIfSeen(marks, t, asOf);
        }
        for (Evidence e : evidence) {
            addIfSeen(marks, e.from(), asOf);
            addIfSeen(marks, e.until(), asOf);
        }
        marks.addAll(asOfs);
        return sortedDistinct(marks);
    }

    private static void addIfSeen(List<Instant> marks, Instant mark, Instant asOf) {
        if (mark != null && !mark.isAfter(asOf)) {
            marks.add(mark);
        }
    }

    private static Instant[] sortedDistinct(List<Instant> marks) {
        Instant[] sorted = marks.toArray(new Instant[0]);
        Arrays.sort(sorted);
        int distinct = 0;
        for (Instant t : sorted) {
            if (distinct == 0 || !t.equals(sorted[distinct - 1])) {
                sorted[distinct++] = t;
            }
        }
        return Arrays.copyOf(sorted, distinct);
    }
}
