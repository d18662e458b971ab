package org.trustledger.domain.trust;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.trustledger.domain.InvalidValueException;
import org.trustledger.domain.party.PartyEvent.EntryRetracted;
import org.trustledger.domain.party.PartyId;
import org.trustledger.domain.party.PartyState;

/**
 * Derives a party's trust status and its reasons from the party's history as of a moment: a pure function, with no
 * clock and no I/O, so that "the status as of any past date" is the same question asked later.
 *
 * <p>Only events recorded at or before {@code asOf} are seen. The work is done by three parts, each readable alone:
 *
 * <ul>
 *   <li>{@link PartyRecord} — the <b>evidence</b>: folds the history once into pieces of evidence, with the decider's
 *       own state alongside for the hard facts (termination, money owed).
 *   <li>{@link TierReplay} — the <b>tiers</b>: replays WATCH and UNRELIABLE, with hysteresis, along the history, the
 *       faded totals kept up to date rather than summed again.
 *   <li>{@link TrustReasons} — the <b>reasons</b>: what the status rests on, each pointing at its events.
 * </ul>
 *
 * <p><b>Fading and score.</b> Each piece of evidence weighs {@code weight × 0.5^(age / halfLife)} and stops counting
 * once that is below {@code negligibleWeight}. The score is higher-is-worse: the faded bad weight minus the faded good
 * weight, the latter at most {@code goodCreditCap}, so a good record softens troubles but never buys off a severe one.
 * A negative score is a good record with nothing against it.
 *
 * <p><b>Status.</b> A calm party is GOOD when some good evidence counts, and NEW otherwise: no record is not a clean
 * record. Hard facts do not fade: a termination makes the party TERMINATED until a later reinstatement (after which the
 * old troubles still count, faded), and money still owed on a short payment makes it at least WATCH. A party linked to
 * a terminated one and not yet reviewed by a manager is PROVISIONAL ({@link LinkToTerminated}). These override the
 * tier at {@code asOf} only and do not feed its hysteresis, so settling the money clears the WATCH at once.
 */
public final class TrustPolicy {
    private final TrustPolicySettings settings;
    private final TrustReasons reasons;

    public TrustPolicy(TrustPolicySettings settings) {
        this.settings = InvalidValueException.requireValue("settings", settings);
        this.reasons = new TrustReasons(settings);
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
     * @param unreviewedLinks the terminated parties this one is likely the same business as, by the evidence they
     *     share, whose links no manager has reviewed yet; they make it PROVISIONAL, and its reason names them
     */
    public TrustAssessment assess(List<SequencedEvent> history, Instant asOf, List<TerminatedLink> unreviewedLinks) {
        return fold(history, asOf).assess(unreviewedLinks);
    }

    /**
     * Folds the party's history once as of {@code asOf}, for a caller who needs the party's state to find its links
     * before it can ask for the status.
     */
    public Folded fold(List<SequencedEvent> history, Instant asOf) {
        InvalidValueException.requireValue("asOf", asOf);
        return new Folded(PartyRecord.of(knownAt(history, asOf), settings), asOf);
    }

    /** Finds the terminated parties a party is likely the same business as, from its state at an instant. */
    @FunctionalInterface
    public interface LinksAt {
        /** The unreviewed links of the party in {@code state} as of {@code at}; empty when there are none. */
        List<TerminatedLink> of(PartyState state, Instant at);
    }

    /**
     * The status just after each event of the history: for the event at index {@code i}, exactly what
     * {@code fold(history.subList(0, i + 1), recordedAt(i)).assess(links.of(state, recordedAt(i)))} answers — only the
     * events up to it and recorded by its instant count, a retraction only from its own instant — but from one walk
     * along the history rather than one fold per event.
     *
     * <p>The walk is cut into stretches at each retraction (it withdraws an entry from the evidence as if it had never
     * counted, so the tiers before it are replayed again) and at each event stamped earlier than one before it (a
     * retried command keeps its older stamp; that event alone is folded on its own). Within a stretch the history is
     * folded once, event by event, and the tiers are replayed once, stopping at each event's instant; an event sharing
     * its instant with the next is folded on its own too, since the replay at that instant already counts the next.
     * So a history without retractions costs one replay of the tiers plus, per event, a sum over the evidence that
     * may still count then (what has faded out is dropped as the walk goes on).
     *
     * @param history the party's events in order of sequence, oldest first
     * @param links the unreviewed links to terminated parties, asked once per event
     */
    public List<TrustAssessment> assessAtEachEvent(List<SequencedEvent> history, LinksAt links) {
        List<TrustAssessment> after = new ArrayList<>(history.size());
        assessAtEachEvent(history, links, after::add);
        return after;
    }

    /**
     * The same walk as {@link #assessAtEachEvent(List, LinksAt)}, handing each event's status to {@code sink} in order
     * of the history as soon as it is known, so that a long history's statuses need not all be held at once: each
     * lists the evidence behind it, so together they grow with the square of the history.
     */
    public void assessAtEachEvent(List<SequencedEvent> history, LinksAt links, Consumer<TrustAssessment> sink) {
        InvalidValueException.requireValue("links", links);
        InvalidValueException.requireValue("sink", sink);
        knownAt(history, Instant.MAX);
        int size = history.size();
        Consumer<TrustAssessment> after = sink;
        Instant latest = null;
        int i = 0;
        while (i < size) {
            Instant at = recordedAt(history, i);
            if (latest != null && at.isBefore(latest)) {
                after.accept(assessOnItsOwn(history, i, links));
                i++;
                continue;
            }
            int end = i + 1;
            while (end < size
                    && !recordedAt(history, end).isBefore(recordedAt(history, end - 1))
                    && !(history.get(end).event() instanceof EntryRetracted)) {
                end++;
            }
            assessStretch(history, i, end, links, after);
            latest = recordedAt(history, end - 1);
            i = end;
        }
    }

    /** The events from {@code from} to {@code to}, each stamped no earlier than any before it, with no retraction. */
    private void assessStretch(
            List<SequencedEvent> history, int from, int to, LinksAt links, Consumer<TrustAssessment> after) {
        List<SequencedEvent> upToEnd = history.subList(0, to);
        PartyRecord whole = PartyRecord.of(upToEnd, settings);
        List<Instant> instants = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            if (ownInstant(history, i, to)) {
                instants.add(recordedAt(history, i));
            }
        }
        List<TierReplay.Track> tracks = TierReplay.replay(whole, instants, settings);

        Set<Long> retracted = new HashSet<>();
        for (SequencedEvent e : upToEnd) {
            if (e.event() instanceof EntryRetracted r) {
                retracted.add(r.sequence());
            }
        }
        PartyRecord.Fold fold = new PartyRecord.Fold(retracted, settings);
        for (int i = 0; i < from; i++) {
            fold.add(history.get(i));
        }
        int track = 0;
        Instant previous = null;
        Instant heldSince = null;
        List<Long> heldBecause = null;
        for (int i = from; i < to; i++) {
            fold.add(history.get(i));
            if (!ownInstant(history, i, to)) {
                after.accept(assessOnItsOwn(history, i, links));
                continue;
            }
            Instant at = recordedAt(history, i);
            TierReplay.Track tier = tracks.get(track++);
            // Only what may count at the instant before is kept: a new tier was entered after it, if at all.
            PartyRecord record = fold.countingFrom(previous);
            // The held tier's reason looks back to when the tier was entered, and nothing else looks back: worked out
            // while the fold still holds that time's evidence, and kept while the tier lasts.
            if (tier.since() != null && !tier.since().equals(heldSince)) {
                heldSince = tier.since();
                heldBecause = reasons.heldBecause(record, heldSince);
            }
            Folded folded = new Folded(record, at);
            after.accept(folded.assess(links.of(folded.state(), at), tier, heldBecause));
            previous = at;
        }
    }

    /** Whether no later event of the stretch shares the instant of the event at {@code i}. */
    private static boolean ownInstant(List<SequencedEvent> history, int i, int to) {
        return i + 1 == to || !recordedAt(history, i + 1).equals(recordedAt(history, i));
    }

    private TrustAssessment assessOnItsOwn(List<SequencedEvent> history, int i, LinksAt links) {
        Instant at = recordedAt(history, i);
        Folded folded = fold(history.subList(0, i + 1), at);
        return folded.assess(links.of(folded.state(), at));
    }

    private static Instant recordedAt(List<SequencedEvent> history, int i) {
        return history.get(i).event().recordedAt();
    }

    /** A party's history folded once as of an instant: its state now, and its status once its links are known. */
    public final class Folded {
        private final PartyRecord record;
        private final Instant asOf;

        private Folded(PartyRecord record, Instant asOf) {
            this.record = record;
            this.asOf = asOf;
        }

        /** The decider's state of the party as of the instant, {@link PartyState#INITIAL} before it was registered. */
        public PartyState state() {
            return record.state();
        }

        /** The status as of the instant, PROVISIONAL while {@code unreviewedLinks} name terminated parties. */
        public TrustAssessment assess(List<TerminatedLink> unreviewedLinks) {
            return assess(unreviewedLinks, TierReplay.replay(record, asOf, settings), null);
        }

        private TrustAssessment assess(
                List<TerminatedLink> unreviewedLinks, TierReplay.Track track, List<Long> heldBecause) {
            LinkToTerminated link =
                    new LinkToTerminated(InvalidValueException.requireValue("unreviewedLinks", unreviewedLinks));
            Totals now = Totals.at(record.evidence(), asOf, settings);

            TrustStatus status = status(track.tier(), now, record, link);
            return new TrustAssessment(
                    status, now.score(), reasons.of(status, track, now, record, link, asOf, heldBecause));
        }
    }

    static TrustStatus status(Tier tier, Totals now, PartyRecord record, LinkToTerminated link) {
        if (record.terminated()) {
            return TrustStatus.TERMINATED;
        }
        TrustStatus status = switch (tier) {
            case UNRELIABLE -> TrustStatus.UNRELIABLE;
            case WATCH -> TrustStatus.WATCH;
            case CALM -> now.good() > 0 ? TrustStatus.GOOD : TrustStatus.NEW;
        };
        if (record.owing() && (status == TrustStatus.NEW || status == TrustStatus.GOOD)) {
            status = TrustStatus.WATCH;
        }
        return link.overrule(status);
    }

    private static List<SequencedEvent> knownAt(List<SequencedEvent> history, Instant asOf) {
        InvalidValueException.requireValue("history", history);
        long previous = 0;
        PartyId party = null;
        List<SequencedEvent> known = new ArrayList<>(history.size());
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
}
