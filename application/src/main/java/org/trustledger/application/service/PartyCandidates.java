package org.trustledger.application.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.trustledger.application.port.out.PartyHistories;
import org.trustledger.application.port.out.PartyIdentityIndex;
import org.trustledger.application.port.out.PartyIdentityIndex.KeyMatch;
import org.trustledger.domain.identity.PartyIdentity;
import org.trustledger.domain.party.PartyDecider;
import org.trustledger.domain.party.PartyId;
import org.trustledger.domain.party.PartyState;
import org.trustledger.domain.screening.Candidate;
import org.trustledger.domain.screening.KeyCounts;
import org.trustledger.domain.screening.Screening;
import org.trustledger.domain.trust.SequencedEvent;
import org.trustledger.domain.trust.TrustAssessment;
import org.trustledger.domain.trust.TrustPolicy;
import org.trustledger.domain.trust.TrustStatus;

/**
 * Builds what screening and the trust policy need to know of known parties as of an instant: found through the
 * identity index, assessed from their own histories, and checked for unreviewed links to terminated parties.
 */
final class PartyCandidates {
    /** A key more parties share than this is crowded anyway; fetching all of them would only slow the call. */
    private static final int PARTIES_PER_KEY = 50;

    private final PartyIdentityIndex index;
    private final PartyHistories histories;
    private final TrustPolicy policy;
    private final Screening screening;

    PartyCandidates(PartyIdentityIndex index, PartyHistories histories, TrustPolicy policy, Screening screening) {
        this.index = index;
        this.histories = histories;
        this.policy = policy;
        this.screening = screening;
    }

    /** The known parties sharing any identity key with {@code identity}, and how crowded each key is. */
    record Found(List<Candidate> candidates, KeyCounts keyCounts) {}

    Found find(PartyIdentity identity, Instant at) {
        Lookup lookup = lookup(identity, null);
        List<Candidate> candidates = new ArrayList<>();
        for (PartyId partyId : lookup.parties()) {
            candidate(partyId, at).ifPresent(candidates::add);
        }
        return new Found(candidates, lookup.keyCounts());
    }

    /** A party as screening sees it as of {@code at}, its trust included; empty when it did not exist yet. */
    Optional<Candidate> candidate(PartyId partyId, Instant at) {
        List<SequencedEvent> history = historyAsOf(partyId, at);
        if (history.isEmpty()) {
            return Optional.empty();
        }
        PartyState state = state(history);
        boolean linked = !unreviewedLinks(partyId, state, at).isEmpty();
        return Optional.of(new Candidate(
                partyId,
                state.kind(),
                state.details().identity(),
                policy.assess(history, at, linked),
                state.owesMoney(),
                state.servedBefore()));
    }

    /** The party's trust as of {@code at}, PROVISIONAL while a link to a terminated party awaits review. */
    Optional<TrustAssessment> assess(PartyId partyId, Instant at) {
        List<SequencedEvent> history = historyAsOf(partyId, at);
        if (history.isEmpty()) {
            return Optional.empty();
        }
        boolean linked = !unreviewedLinks(partyId, state(history), at).isEmpty();
        return Optional.of(policy.assess(history, at, linked));
    }

    /**
     * The parties that could be linked with this one — those sharing an identity key that is not crowded — for
     * re-assessing them when it changes.
     */
    Set<PartyId> neighbours(PartyId partyId) {
        List<SequencedEvent> history = histories.of(partyId);
        if (history.isEmpty()) {
            return Set.of();
        }
        return linkable(state(history).details().identity(), partyId).parties();
    }

    /**
     * Terminated parties sharing strong evidence with this one, minus the links a manager already reviewed. Only the
     * candidates' termination counts, not their own links, so one lookup settles it and links never chain.
     */
    private List<PartyId> unreviewedLinks(PartyId partyId, PartyState state, Instant at) {
        if (state.terminated()) {
            return List.of();
        }
        Lookup lookup = linkable(state.details().identity(), partyId);
        List<Candidate> terminated = new ArrayList<>();
        for (PartyId other : lookup.parties()) {
            if (state.reviewedLinks().contains(other)) {
                continue;
            }
            List<SequencedEvent> otherHistory = historyAsOf(other, at);
            if (otherHistory.isEmpty()) {
                continue;
            }
            PartyState otherState = state(otherHistory);
            if (otherState.terminated()) {
                terminated.add(new Candidate(
                        other,
                        otherState.kind(),
                        otherState.details().identity(),
                        new TrustAssessment(TrustStatus.TERMINATED, 0, List.of()),
                        false,
                        false));
            }
        }
        return terminated.isEmpty()
                ? List.of()
                : screening.linkedToTerminated(state.details().identity(), terminated, lookup.keyCounts());
    }

    private record Lookup(Set<PartyId> parties, KeyCounts keyCounts) {}

    private Lookup lookup(PartyIdentity identity, PartyId self) {
        return lookup(identity, self, Integer.MAX_VALUE);
    }

    /**
     * Only keys few enough parties share can carry strong evidence, so only they can link two parties; leaving the
     * crowded ones out keeps a write to a party in a busy building from re-assessing the whole building.
     */
    private Lookup linkable(PartyIdentity identity, PartyId self) {
        return lookup(identity, self, screening.settings().crowdedThreshold());
    }

    private Lookup lookup(PartyIdentity identity, PartyId self, int mostSharers) {
        Map<String, Integer> counts = new HashMap<>();
        Set<PartyId> found = new LinkedHashSet<>();
        for (KeyMatch hit : index.lookup(identity.indexKeys(), PARTIES_PER_KEY)) {
            if (hit.sharedBy() > mostSharers) {
                continue;
            }
            counts.put(hit.key(), hit.sharedBy());
            found.addAll(hit.parties());
        }
        if (self != null) {
            found.remove(self);
        }
        return new Lookup(found, new KeyCounts(counts));
    }

    private List<SequencedEvent> historyAsOf(PartyId partyId, Instant at) {
        return histories.of(partyId).stream()
                .filter(e -> !e.event().recordedAt().isAfter(at))
                .toList();
    }

    private static PartyState state(List<SequencedEvent> history) {
        return PartyDecider.replay(history.stream().map(SequencedEvent::event).toList());
    }
}
