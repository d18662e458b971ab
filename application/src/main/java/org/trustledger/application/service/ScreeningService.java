package org.trustledger.application.service;

import java.time.Instant;
import org.trustledger.application.port.in.RecordOutcome;
import org.trustledger.application.port.in.RecordPartyCommandUseCase;
import org.trustledger.application.port.in.Recording;
import org.trustledger.application.port.in.ScreenCallerUseCase;
import org.trustledger.application.port.out.PartyHistories;
import org.trustledger.application.port.out.PartyIdentityIndex;
import org.trustledger.domain.party.Channel;
import org.trustledger.domain.party.PartyCommand.ReceiveRequest;
import org.trustledger.domain.screening.Screening;
import org.trustledger.domain.screening.ScreeningReason;
import org.trustledger.domain.screening.ScreeningRequest;
import org.trustledger.domain.screening.ScreeningResult;
import org.trustledger.domain.trust.TrustPolicy;

/**
 * Finds the known parties a caller may be through the identity index, assesses each as of now from its history,
 * and lets the screening rules decide.
 */
public final class ScreeningService implements ScreenCallerUseCase {
    private final PartyCandidates candidates;
    private final Screening screening;
    private final RecordPartyCommandUseCase recordCommand;

    public ScreeningService(
            PartyIdentityIndex index,
            PartyHistories histories,
            TrustPolicy policy,
            Screening screening,
            RecordPartyCommandUseCase recordCommand) {
        this.candidates = new PartyCandidates(index, histories, policy, screening);
        this.screening = screening;
        this.recordCommand = recordCommand;
    }

    @Override
    public ScreeningResult screen(ScreeningRequest request, Instant at) {
        PartyCandidates.Found found = candidates.find(request.identity(), at);
        return screening.screen(request, found.candidates(), found.keyCounts());
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
                result.verdict().answer(),
                result.reasons().stream().map(ScreeningService::describe).toList(),
                at);
        RecordOutcome outcome = recordCommand.record(command, recording);
        return new ScreeningAnswer(result, outcome);
    }

    private static String describe(ScreeningReason reason) {
        return "screening:" + reason.code() + (reason.args().isEmpty() ? "" : " " + reason.args());
    }
}
