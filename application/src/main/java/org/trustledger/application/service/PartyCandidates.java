package org.trustledger.application.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.trustledger.application.port.out.PartyFolds;
import org.trustledger.application.port.out.PartyFolds.FoldedParty;
import org.trustledger.application.port.out.PartyHistories;
import org.trustledger.application.port.out.PartyIdentityIndex;
import org.trustledger.application.port.out.PartyIdentityIndex.KeyMatch;
import org.trustledger.domain.party.PartyDecider;
import org.trustledger.domain.party.PartyId;
import org.trustledger.domain.party.PartyIdentityHistory;
import org.trustledger.domain.party.PartyState;
import org.trustledger.domain.screening.Candidate;
import org.trustledger.domain.screening.KeyCounts;
import org.trustledger.domain.screening.LinkRule;
import org.trustledger.domain.screening.ScreeningSettings;
import org.trustledger.domain.trust.SequencedEvent;
import org.trustledger.domain.trust.TerminatedLink;
import org.trustledger.domain.trust.TrustAssessment;
import org.trustledger.domain.trust.TrustPolicy;

/**
 * Loads what screening and the trust policy need to know of known parties as of an instant: found through the identity
 * index, taken from the core's fold of each party (as of its latest event or later) or, for an earlier instant, folded
 * from its history, and handed to the domain's link rule and trust policy.
 */
final class PartyCandidates {
    /** A key more parties share than this is crowded anyway; fetching all of them would only slow the call. */
    private static final int PARTIES_PER_KEY = 50;

    private final PartyIdentityIndex index;
    private final PartyHistories histories;
    private final PartyFolds folds;
    private final TrustPolicy policy;
    private final LinkRule linkRule;
    private final int crowdedThreshold;

    PartyCandidates(
            PartyIdentityIndex index, PartyHistories histories, TrustPolicy policy, ScreeningSettings settings) {
        this(index, histories, PartyFolds.fromHistories(histories, policy.settings()), policy, settings);
    }

    PartyCandidates(
            PartyIdentityIndex index,
            PartyHistories histories,
            PartyFolds folds,
            TrustPolicy policy,
            ScreeningSettings settings) {
        this.index = index;
        this.histories = histories;
        this.folds = folds;
        this.policy = policy;
        this.linkRule = new LinkRule(settings);
        this.crowdedThreshold = settings.crowdedThreshold();
    }

    /** The known parties sharing any of the keys, and how crowded each key is. */
    record Found(List<Candidate> candidates, KeyCounts keyCounts) {}

    /**
     * The candidates as each alone would be assessed, with the I/O shared: all candidates' link keys are looked up in
     * one index query rather than one a candidate, and a party read once — as a candidate or as a neighbour of one —
     * is not read again for the next candidate that shares a key with it.
     */
    Found find(Set<String> keys, Instant at) {
        Lookup lookup = lookup(keys, null, Integer.MAX_VALUE);
        Map<PartyId, Known> found = new LinkedHashMap<>();
        Map<PartyId, PartyState> statesAt = new HashMap<>();
        Set<String> linkKeys = new LinkedHashSet<>();
        for (PartyId partyId : lookup.parties()) {
            known(partyId, at).ifPresent(party -> {
                found.put(partyId, party);
                if (party.fromFold()) {
                    // Exactly what stateAsOf would read for it as another candidate's neighbour.
                    statesAt.put(partyId, party.state());
                }
                if (!party.state().terminated()) {
                    linkKeys.addAll(LinkRule.lookupKeys(party.state()));
                }
            });
        }
        List<KeyMatch> linkHits =
                linkKeys.isEmpty() ? List.of() : index.lookup(linkKeys, partiesPerKey(crowdedThreshold));
        Function<PartyId, PartyState> stateAt =
                other -> statesAt.computeIfAbsent(other, o -> stateAsOf(o, at, p -> historyAsOf(p, at)));
        List<Candidate> candidates = new ArrayList<>();
        found.forEach((partyId, party) -> {
            List<TerminatedLink> links = party.state().terminated()
                    ? List.of()
                    : unreviewedLinks(
                            party.state(),
                            lookup(linkHits, LinkRule.lookupKeys(party.state()), partyId, crowdedThreshold),
                            stateAt);
            candidates.add(candidate(partyId, party.state(), party.assess(links)));
        });
        return new Found(candidates, lookup.keyCounts());
    }

    private static Candidate candidate(PartyId partyId, PartyState state, TrustAssessment trust) {
        return new Candidate(
                partyId,
                state.kind(),
                state.details().identity(),
                trust,
                state.owesMoney(),
                state.servedBefore(),
                List.copyOf(state.callers()),
                PartyIdentityHistory.of(state));
    }

    /** The party's trust as of {@code at}, PROVISIONAL while a likely link to a terminated party awaits review. */
    Optional<TrustAssessment> assess(PartyId partyId, Instant at) {
        return known(partyId, at).map(party -> assess(party, at));
    }

    /** The party's state now, from the core's fold; empty for an unknown party. */
    Optional<PartyState> state(PartyId partyId) {
        return folds.current(partyId).map(FoldedParty::state);
    }

    /** A party's trust as of an instant, and the instant. */
    record AssessedAt(TrustAssessment trust, Instant at) {}

    /**
     * The party's trust as of {@code at} or its latest event, whichever is later: an event stamped a moment after
     * {@code at} (another writer's, or a retried command's) must not be left out of a stored status.
     */
    Optional<AssessedAt> assessFromLatest(PartyId partyId, Instant at) {
        return folds.current(partyId).map(party -> assessFromLatest(party, at));
    }

    /** As {@link #assessFromLatest(PartyId, Instant)}, from the party's fold after its latest event, already at hand. */
    AssessedAt assessFromLatest(FoldedParty party, Instant at) {
        Instant latest = party.trust().latest();
        Instant asOf = latest != null && latest.isAfter(at) ? latest : at;
        return new AssessedAt(assess(fromFold(party, asOf), asOf), asOf);
    }

    /**
     * The parties that could be linked with this one — those sharing an identity or caller key that is not crowded —
     * for re-assessing them when it changes.
     */
    Set<PartyId> neighbours(PartyId partyId) {
        return state(partyId).map(this::neighbours).orElse(Set.of());
    }

    /** As {@link #neighbours(PartyId)}, from the party's state, already at hand. */
    Set<PartyId> neighbours(PartyState state) {
        return linkable(state).parties();
    }

    private TrustAssessment assess(Known party, Instant at) {
        return party.assess(unreviewedLinks(party.state(), at));
    }

    private List<TerminatedLink> unreviewedLinks(PartyState state, Instant at) {
        return unreviewedLinks(state, at, linkable(state), other -> historyAsOf(other, at));
    }

    private List<TerminatedLink> unreviewedLinks(
            PartyState state, Instant at, Lookup lookup, Function<PartyId, List<SequencedEvent>> historyOf) {
        return unreviewedLinks(state, lookup, other -> stateAsOf(other, at, historyOf));
    }

    private List<TerminatedLink> unreviewedLinks(
            PartyState state, Lookup lookup, Function<PartyId, PartyState> stateAt) {
        if (state.terminated()) {
            return List.of();
        }
        List<PartyState> others = new ArrayList<>();
        for (PartyId other : lookup.parties()) {
            // Only who the others are and whether they are terminated counts here, so their trust is not folded.
            PartyState otherState = stateAt.apply(other);
            if (otherState.registered()) {
                others.add(otherState);
            }
        }
        return linkRule.unreviewedLinks(state, others, lookup.keyCounts());
    }

    /** A party's state and trust as of an instant, from one fold of its history. */
    record Assessed(PartyState state, TrustAssessment trust) {}

    /** The party whose history, as known at {@code at}, is given, with its trust, links to terminated parties included. */
    Assessed assess(List<SequencedEvent> known, Instant at) {
        TrustPolicy.Folded folded = policy.fold(known, at);
        return new Assessed(folded.state(), folded.assess(unreviewedLinks(folded.state(), at)));
    }

    /**
     * The party's trust just after each event of its history from {@code from} on, at that event's instant and counting
     * only it and the events before it, from one walk of the trust policy along the history as it is read
     * ({@link TrustPolicy#assessAlong}), handed to {@code sink} in order; the lookups of linked parties and their
     * histories are read once and shared between entries, since they are what costs I/O.
     */
    void assessAlong(
            Iterator<SequencedEvent> history,
            TrustPolicy.Prefixes prefixes,
            long from,
            Consumer<TrustAssessment> sink) {
        Map<Set<String>, Lookup> lookups = new HashMap<>();
        Map<PartyId, List<SequencedEvent>> others = new HashMap<>();
        policy.assessAlong(
                history,
                prefixes,
                (state, at) -> {
                    if (!state.registered() || state.terminated()) {
                        return List.of();
                    }
                    Lookup lookup = lookups.computeIfAbsent(
                            LinkRule.lookupKeys(state), keys -> lookup(keys, state.partyId(), crowdedThreshold));
                    return unreviewedLinks(state, at, lookup, other -> others.computeIfAbsent(other, histories::of));
                },
                from,
                sink);
    }

    /** The state of another party as of {@code at}: from its fold when nothing of it is later, else its history. */
    private PartyState stateAsOf(PartyId other, Instant at, Function<PartyId, List<SequencedEvent>> historyOf) {
        Optional<FoldedParty> folded = folds.current(other);
        if (folded.isEmpty()) {
            return PartyState.INITIAL;
        }
        Instant latest = folded.get().trust().latest();
        if (latest != null && !at.isBefore(latest)) {
            return folded.get().state();
        }
        return PartyDecider.replay(historyOf.apply(other).stream()
                .filter(e -> !e.event().recordedAt().isAfter(at))
                .map(SequencedEvent::event)
                .toList());
    }

    /** A party's state as of an instant, and its trust there once its links are known. */
    private record Known(PartyState state, Function<List<TerminatedLink>, TrustAssessment> trust, boolean fromFold) {
        TrustAssessment assess(List<TerminatedLink> links) {
            return trust.apply(links);
        }
    }

    /**
     * The party as of {@code at}: from the core's fold when {@code at} is not before its latest event, which is every
     * write's, status read's and screening's case; only an earlier instant, an auditor's, reads and folds the history.
     */
    private Optional<Known> known(PartyId partyId, Instant at) {
        Optional<FoldedParty> folded = folds.current(partyId);
        if (folded.isEmpty()) {
            return Optional.empty();
        }
        Instant latest = folded.get().trust().latest();
        if (latest != null && !at.isBefore(latest)) {
            return Optional.of(fromFold(folded.get(), at));
        }
        List<SequencedEvent> history = historyAsOf(partyId, at);
        if (history.isEmpty()) {
            return Optional.empty();
        }
        TrustPolicy.Folded fold = policy.fold(history, at);
        return Optional.of(new Known(fold.state(), fold::assess, false));
    }

    private Known fromFold(FoldedParty party, Instant at) {
        return new Known(party.state(), links -> party.trust().assess(policy, party.state(), at, links), true);
    }

    private List<SequencedEvent> historyAsOf(PartyId partyId, Instant at) {
        return histories.of(partyId).stream()
                .filter(e -> !e.event().recordedAt().isAfter(at))
                .toList();
    }

    private record Lookup(Set<PartyId> parties, KeyCounts keyCounts) {}

    /**
     * Only keys few enough parties share can carry evidence that links two parties; leaving the crowded ones out keeps
     * a write to a party in a busy building from re-assessing the whole building.
     */
    private Lookup linkable(PartyState state) {
        return lookup(LinkRule.lookupKeys(state), state.partyId(), crowdedThreshold);
    }

    private Lookup lookup(Set<String> keys, PartyId self, int mostSharers) {
        return lookup(index.lookup(keys, partiesPerKey(mostSharers)), keys, self, mostSharers);
    }

    /** A key more than {@code mostSharers} parties share finds no one, so reading more of its parties is waste. */
    private static int partiesPerKey(int mostSharers) {
        return Math.min(PARTIES_PER_KEY, mostSharers);
    }

    /** The lookup of {@code keys} out of an index answer for those keys and perhaps more: each key's hit is its own. */
    private static Lookup lookup(List<KeyMatch> hits, Set<String> keys, PartyId self, int mostSharers) {
        Map<String, Integer> counts = new HashMap<>();
        Set<PartyId> found = new LinkedHashSet<>();
        for (KeyMatch hit : hits) {
            if (!keys.contains(hit.key())) {
                continue;
            }
            // A crowded key finds no one, but its count still weighs down what it shares with those found otherwise.
            counts.put(hit.key(), hit.sharedBy());
            if (hit.sharedBy() <= mostSharers) {
                found.addAll(hit.parties());
            }
        }
        if (self != null) {
            found.remove(self);
        }
        return new Lookup(found, new KeyCounts(counts));
    }
}
