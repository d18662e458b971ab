package org.trustledger.application.service;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.trustledger.application.port.in.RecordOutcome;
import org.trustledger.application.port.in.RecordPartyCommandUseCase;
import org.trustledger.application.port.in.Recording;
import org.trustledger.application.port.in.ScreenCallerUseCase;
import org.trustledger.application.port.out.PartyFolds;
import org.trustledger.application.port.out.PartyHistories;
import org.trustledger.application.port.out.PartyIdentityIndex;
import org.trustledger.domain.identity.PersonName;
import org.trustledger.domain.party.Channel;
import org.trustledger.domain.party.PartyCommand.ReceiveRequest;
import org.trustledger.domain.party.PartyId;
import org.trustledger.domain.screening.Screening;
import org.trustledger.domain.screening.ScreeningReason;
import org.trustledger.domain.screening.ScreeningRequest;
import org.trustledger.domain.screening.ScreeningResult;
import org.trustledger.domain.trust.TrustPolicy;

/**
 * Finds the known parties a caller may be through the identity index, assesses each as of now from its history, and
 * lets the screening rules decide.
 */
public final class ScreeningService implements ScreenCallerUseCase {
    private final PartyCandidates candidates;
    private final Screening screening;
    private final RecordPartyCommandUseCase recordCommand;

    /** Folds each candidate from its whole history: for stores that keep no fold of each party. */
    public ScreeningService(
            PartyIdentityIndex index,
            PartyHistories histories,
            TrustPolicy policy,
            Screening screening,
            RecordPartyCommandUseCase recordCommand) {
        this(
                index,
                histories,
                PartyFolds.fromHistories(histories, policy.settings()),
                policy,
                screening,
                recordCommand);
    }

    public ScreeningService(
            PartyIdentityIndex index,
            PartyHistories histories,
            PartyFolds folds,
            TrustPolicy policy,
            Screening screening,
            RecordPartyCommandUseCase recordCommand) {
        this.candidates = new PartyCandidates(index, histories, folds, policy, screening.settings());
        this.screening = screening;
        this.recordCommand = recordCommand;
    }

    @Override
    public ScreeningResult screen(ScreeningRequest request, Instant at) {
        Set<String> keys = new LinkedHashSet<>(request.identity().indexKeys());
        for (PersonName caller : request.callers()) {
            keys.addAll(caller.key().callerIndexKeys());
        }
        PartyCandidates.Found found = candidates.find(keys, at);
        return screening.screen(request, found.candidates(), found.keyCounts());
    }

    @Override
    public ScreeningAnswer screenAndRecord(ScreeningRequest request, String summary, Instant at, Recording recording) {
        ScreeningResult result = screen(request, at);
        PartyId partyId;
        boolean registered = result.requester().isEmpty();
        if (registered) {
            // Registered without the idempotency key, which belongs to the request below: a retry finds this party.
            var registration = request.registration(new PartyId(UUID.randomUUID()), at);
            partyId = recordCommand
                    .record(registration, Recording.of(recording.recordedBy(), recording.correlationId()))
                    .partyId();
        } else {
            partyId = result.requester().get().partyId();
        }
        var command = new ReceiveRequest(
                partyId,
                request.channel() == null ? Channel.PHONE : request.channel(),
                request.onBehalfOfCustomer(),
                summary,
                result.verdict().answer(),
                result.reasons().stream().map(ScreeningService::describe).toList(),
                at);
        RecordOutcome outcome = recordCommand.record(command, recording);
        return new ScreeningAnswer(result, outcome, registered);
    }

    private static String describe(ScreeningReason reason) {
        return "screening:" + reason.code() + (reason.args().isEmpty() ? "" : " " + reason.args());
    }
}
