package org.trustledger.application.service;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.trustledger.application.axon.EventIntegrity;
import org.trustledger.application.axon.PartyAggregate;
import org.trustledger.application.axon.RecordingMetaData;
import org.trustledger.application.port.in.ConcurrentChangeException;
import org.trustledger.application.port.in.IdempotencyConflictException;
import org.trustledger.application.port.in.RecordOutcome;
import org.trustledger.application.port.in.RecordPartyCommandUseCase;
import org.trustledger.application.port.in.Recording;
import org.trustledger.application.port.out.IdempotencyRecords;
import org.trustledger.application.port.out.IdempotencyRecords.Claim;
import org.trustledger.application.port.out.PartyFolds;
import org.trustledger.application.port.out.PartyHistories;
import org.trustledger.domain.DomainException;
import org.trustledger.domain.party.PartyCommand;
import org.trustledger.domain.party.PartyCommand.ReviewLink;
import org.trustledger.domain.party.PartyDecider;
import org.trustledger.domain.party.PartyId;
import org.trustledger.domain.party.PartyState;
import org.trustledger.domain.party.RenamePairs;
import org.trustledger.domain.screening.LinkRule;
import org.trustledger.domain.screening.ScreeningSettings;
import org.trustledger.domain.trust.SequencedEvent;

/**
 * Sends party commands to the aggregate, stamping who recorded them, and answers repeated requests once. A link review
 * is checked against the linked party first, and what a command means for a confirmed rename's other half follows it.
 */
public final class PartyCommandService implements RecordPartyCommandUseCase {
    private final CommandGateway commandGateway;
    private final IdempotencyRecords idempotency;
    private final Function<PartyId, PartyState> states;
    private final LinkRule linkRule;
    private final Clock clock;
    private final ConcurrentChangeRetry retry = new ConcurrentChangeRetry();

    /** Folds a party's state from its whole history when it needs it: for stores that keep no fold of each party. */
    public PartyCommandService(
            CommandGateway commandGateway,
            IdempotencyRecords idempotency,
            PartyHistories histories,
            ScreeningSettings screening,
            Clock clock) {
        this(
                commandGateway,
                idempotency,
                (Function<PartyId, PartyState>) partyId -> PartyDecider.replay(histories.of(partyId).stream()
                        .map(SequencedEvent::event)
                        .toList()),
                screening,
                clock);
    }

    /** Takes a party's state from the core's fold of it, without reading its history. */
    public PartyCommandService(
            CommandGateway commandGateway,
            IdempotencyRecords idempotency,
            PartyFolds folds,
            ScreeningSettings screening,
            Clock clock) {
        this(
                commandGateway,
                idempotency,
                (Function<PartyId, PartyState>) partyId -> folds.current(partyId)
                        .map(PartyFolds.FoldedParty::state)
                        .orElse(PartyState.INITIAL),
                screening,
                clock);
    }

    private PartyCommandService(
            CommandGateway commandGateway,
            IdempotencyRecords idempotency,
            Function<PartyId, PartyState> states,
            ScreeningSettings screening,
            Clock clock) {
        this.commandGateway = commandGateway;
        this.idempotency = idempotency;
        this.states = states;
        this.linkRule = new LinkRule(screening);
        this.clock = clock;
    }

    @Override
    public RecordOutcome record(PartyCommand command, Recording recording) {
        if (command instanceof ReviewLink review) {
            linkRule.checkReview(state(review.partyId()), review.linkedParty(), state(review.linkedParty()));
        }
        RecordOutcome outcome = recordOnce(command, recording);
        if (!outcome.replayed()) {
            followUp(command, recording);
        }
        return outcome;
    }

    private void followUp(PartyCommand command, Recording recording) {
        // Only these can have follow-ups (RenamePairs.followUps); the others need not load the party again.
        if (!(command instanceof ReviewLink
                || command instanceof PartyCommand.TerminateRelationship
                || command instanceof PartyCommand.ReinstateRelationship)) {
            return;
        }
        PartyState after = state(command.partyId());
        Map<PartyId, PartyState> partners = new HashMap<>();
        for (PartyId partner : after.sameBusiness()) {
            partners.put(partner, state(partner));
        }
        // Each follow-up is a command of its own on another party, recorded under the same correlation id.
        Recording followUp = Recording.of(recording.recordedBy(), recording.correlationId());
        for (PartyCommand next : RenamePairs.followUps(command, after, partners)) {
            send(next, followUp);
        }
    }

    private PartyState state(PartyId partyId) {
        return states.apply(partyId);
    }

    private RecordOutcome recordOnce(PartyCommand command, Recording recording) {
        if (recording.idempotencyKey() == null) {
            return send(command, recording);
        }
        String scope = recording.recordedBy();
        String key = recording.idempotencyKey();
        Optional<Claim> earlier = idempotency.claim(scope, key, recording.requestFingerprint(), clock.instant());
        if (earlier.isPresent()) {
            return answerAgain(earlier.get(), recording);
        }
        try {
            RecordOutcome outcome = send(command, recording);
            idempotency.complete(scope, key, outcome.partyId(), outcome.sequence(), outcome.seal());
            return outcome;
        } catch (RuntimeException e) {
            idempotency.release(scope, key);
            throw e;
        }
    }

    private static RecordOutcome answerAgain(Claim claim, Recording recording) {
        if (!claim.fingerprint().equals(recording.requestFingerprint())) {
            throw new IdempotencyConflictException(
                    "Idempotency-Key '" + recording.idempotencyKey()
                            + "' was already used for a different request; use a new key for a new request",
                    false);
        }
        return claim.outcome()
                .map(o -> new RecordOutcome(o.partyId(), o.sequence(), true, o.seal()))
                .orElseThrow(() -> new IdempotencyConflictException(
                        "the first request with Idempotency-Key '" + recording.idempotencyKey()
                                + "' is still being processed; retry in a moment",
                        true));
    }

    private RecordOutcome send(PartyCommand command, Recording recording) {
        MetaData metaData = MetaData.with(RecordingMetaData.RECORDED_BY, recording.recordedBy())
                .and(RecordingMetaData.CORRELATION_ID, recording.correlationId());
        var message = new GenericCommandMessage<>(new GenericMessage<>(command, metaData), PartyAggregate.COMMAND_NAME);
        try {
            Object answer = retry.call(() -> commandGateway.sendAndWait(message));
            return answer instanceof EventIntegrity.Receipt receipt
                    ? new RecordOutcome(command.partyId(), receipt.sequence(), false, receipt.seal())
                    : new RecordOutcome(command.partyId(), (Long) answer, false);
        } catch (CommandExecutionException e) {
            if (e.getCause() instanceof DomainException domain) {
                throw domain;
            }
            if (ConcurrentChangeRetry.isConcurrentChange(e)) {
                throw concurrentChange(command, e);
            }
            throw e;
        } catch (ConcurrencyException | AggregateStreamCreationException e) {
            throw concurrentChange(command, e);
        }
    }

    private static ConcurrentChangeException concurrentChange(PartyCommand command, RuntimeException e) {
        return new ConcurrentChangeException(
                "someone else recorded an entry for party " + command.partyId()
                        + " at the same moment, again and again; send the request again",
                e);
    }
}
