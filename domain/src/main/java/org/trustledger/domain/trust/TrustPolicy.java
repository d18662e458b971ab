package org.trustledger.domain.trust;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.trustledger.domain.InvalidValueException;
import org.trustledger.domain.party.PartyDecider;
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
     * along the history rather than one fold per event ({@link #assessAlong}).
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
        knownAt(history, Instant.MAX);
        assessAlong(history.iterator(), sequence -> history.subList(0, indexOf(history, sequence) + 1), links, 1, sink);
    }

    /** Reads again the events of a history being walked, up to one of them, for folding that prefix from scratch. */
    @FunctionalInterface
    public interface Prefixes {
        /** The events of the walked history in order of sequence, oldest first, up to and including {@code sequence}. */
        List<SequencedEvent> upTo(long sequence);
    }

    /**
     * The status just after each event of a history read as it streams, exactly as {@link #assessAtEachEvent} answers
     * it, holding what the party's trust fold keeps ({@link TrustFold}) rather than the history: each event is folded
     * in at a cost that does not grow with the history, and only an event the fold cannot take — a retraction, which
     * withdraws an entry as if it had never counted, an event stamped earlier than one before it, or one after a gap in
     * the sequence — has its prefix read again through {@code prefixes} and folded from scratch.
     *
     * @param history the party's events in order of sequence, oldest first
     * @param links the unreviewed links to terminated parties, asked once per status handed out
     * @param from the sequence of the first event whose status is wanted; the events before it are only folded
     */
    public void assessAlong(
            Iterator<SequencedEvent> history,
            Prefixes prefixes,
            LinksAt links,
            long from,
            Consumer<TrustAssessment> sink) {
        InvalidValueException.requireValue("history", history);
        InvalidValueException.requireValue("prefixes", prefixes);
        InvalidValueException.requireValue("links", links);
        InvalidValueException.requireValue("sink", sink);
        TrustFold trust = TrustFold.empty(settings);
        PartyState state = PartyState.INITIAL;
        while (history.hasNext()) {
            SequencedEvent next = history.next();
            Instant at = next.event().recordedAt();
            boolean wanted = next.sequence() >= from;
            if (trust.add(next, state)) {
                // The walk keeps no history, so neither does its state: a retraction is folded from the prefix.
                state = PartyDecider.evolve(state, next.event()).withoutEntries();
                if (wanted) {
                    sink.accept(trust.assess(this, state, at, links.of(state, at)));
                }
                continue;
            }
            List<SequencedEvent> prefix = prefixes.upTo(next.sequence());
            if (wanted) {
                Folded folded = fold(prefix, at);
                sink.accept(folded.assess(links.of(folded.state(), at)));
            }
            // Walked on from the whole prefix, events stamped after this one's instant included.
            state = PartyDecider.replay(
                            prefix.stream().map(SequencedEvent::event).toList())
                    .withoutEntries();
            trust = TrustFold.of(prefix, settings);
        }
    }

    private static int indexOf(List<SequencedEvent> history, long sequence) {
        int lo = 0;
        int hi = history.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            long at = history.get(mid).sequence();
            if (at < sequence) {
                lo = mid + 1;
            } else if (at > sequence) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        throw new IllegalArgumentException("no event " + sequence + " in the history");
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
            TierReplay.Track track = TierReplay.replay(record, asOf, settings);
            LinkToTerminated link =
                    new LinkToTerminated(InvalidValueException.requireValue("unreviewedLinks", unreviewedLinks));
            Totals now = Totals.at(record.evidence(), asOf, settings);

            TrustStatus status = status(track.tier(), now, record, link);
            return new TrustAssessment(status, now.score(), reasons.of(status, track, now, record, link, asOf, null));
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
