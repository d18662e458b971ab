package org.trustledger.application.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.trustledger.application.port.in.RecordOutcome;
import org.trustledger.application.port.in.RecordPartyCommandUseCase;
import org.trustledger.application.port.in.Recording;
import org.trustledger.application.port.in.ScreenCallerUseCase;
import org.trustledger.application.port.out.PartyHistories;
import org.trustledger.application.port.out.PartyIdentityIndex;
import org.trustledger.application.port.out.PartyIdentityIndex.KeyMatch;
import org.trustledger.domain.party.Answer;
import org.trustledger.domain.party.Channel;
import org.trustledger.domain.party.PartyCommand.ReceiveRequest;
import org.trustledger.domain.party.PartyDecider;
import org.trustledger.domain.party.PartyEvent;
import org.trustledger.domain.party.PartyEvent.RequestReceived;
import org.trustledger.domain.party.PartyId;
import org.trustledger.domain.party.PartyState;
import org.trustledger.domain.screening.Candidate;
import org.trustledger.domain.screening.KeyCounts;
import org.trustledger.domain.screening.Screening;
import org.trustledger.domain.screening.ScreeningReason;
import org.trustledger.domain.screening.ScreeningRequest;
import org.trustledger.domain.screening.ScreeningResult;
import org.trustledger.domain.screening.Verdict;
import org.trustledger.domain.trust.SequencedEvent;
import org.trustledger.domain.trust.TrustPolicy;

/**
 * Finds the known parties a caller may be through the identity index, assesses each as of now from its history,
 * and lets the screening rules decide.
 */
public final class ScreeningService implements ScreenCallerUseCase {
    /** A key more parties share than this is crowded anyway; fetching all of them would only slow the call. */
    private static final int PARTIES_PER_KEY = 50;

    private final PartyIdentityIndex index;
    private final PartyHistories histories;
    private final TrustPolicy policy;
    private final Screening screening;
    private final RecordPartyCommandUseCase recordCommand;

    public ScreeningService(
            PartyIdentityIndex index,
            PartyHistories histories,
            TrustPolicy policy,
            Screening screening,
            RecordPartyCommandUseCase recordCommand) {
        this.index = index;
        this.histories = histories;
        this.policy = policy;
        this.screening = screening;
        this.recordCommand = recordCommand;
    }

    @Override
    public ScreeningResult screen(ScreeningRequest request, Instant at) {
        List<KeyMatch> hits = index.lookup(request.identity().indexKeys(), PARTIES_PER_KEY);
        Map<String, Integer> counts = new HashMap<>();
        Set<PartyId> found = new LinkedHashSet<>();
        for (KeyMatch hit : hits) {
            counts.put(hit.key(), hit.sharedBy());
            found.addAll(hit.parties());
        }
        List<Candidate> candidates = new ArrayList<>();
        for (PartyId partyId : found) {
            candidate(partyId, at).ifPresent(candidates::add);
        }
        return screening.screen(request, candidates, new KeyCounts(counts));
    }

    @Override
    public ScreeningAnswer screenAndRecord(ScreeningRequest request, String summary, Instant at, Recording recording) {
        ScreeningResult result = screen(request, at);
        var requester = result.requester();
        if (requester.isEmpty()) {
            return new ScreeningAnswer(result, null);
        }
        var command = new ReceiveRequest(
                requester.get().partyId(),
                request.channel() == null ? Channel.PHONE : request.channel(),
                request.onBehalfOfCustomer(),
                summary,
                answerFor(result.verdict()),
                result.reasons().stream().map(ScreeningService::describe).toList(),
                at);
        RecordOutcome outcome = recordCommand.record(command, recording);
        return new ScreeningAnswer(result, outcome);
    }

    /** A caution is for staff to weigh: it is recorded as undecided, with the points to weigh as its reasons. */
    private static Answer answerFor(Verdict verdict) {
        return switch (verdict) {
            case ACCEPT -> Answer.ACCEPTED;
            case REFUSE -> Answer.REFUSED;
            case CAUTION -> null;
        };
    }

    private static String describe(ScreeningReason reason) {
        return "screening:" + reason.code() + (reason.args().isEmpty() ? "" : " " + reason.args());
    }

    /** A party as the screening rules see it, as of {@code at}; empty when it did not exist yet. */
    private Optional<Candidate> candidate(PartyId partyId, Instant at) {
        List<SequencedEvent> history = histories.of(partyId).stream()
                .filter(e -> !e.event().recordedAt().isAfter(at))
                .toList();
        if (history.isEmpty()) {
            return Optional.empty();
        }
        PartyState state =
                PartyDecider.replay(history.stream().map(SequencedEvent::event).toList());
        boolean unsettled = state.outstandingByInvoice().values().stream().anyMatch(yen -> yen.value() > 0);
        boolean returning = history.stream().map(SequencedEvent::event).anyMatch(ScreeningService::acceptedRequest);
        return Optional.of(new Candidate(
                partyId, state.kind(), state.details().identity(), policy.assess(history, at), unsettled, returning));
    }

    private static boolean acceptedRequest(PartyEvent event) {
        return event instanceof RequestReceived request && request.answer() == Answer.ACCEPTED;
    }
}
