package org.trustledger.bootstrap.operations;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.trustledger.application.port.in.ConcurrentChangeException;
import org.trustledger.application.port.in.IdempotencyConflictException;
import org.trustledger.application.port.in.RecordOutcome;
import org.trustledger.application.port.in.RecordPartyCommandUseCase;
import org.trustledger.application.port.in.Recording;
import org.trustledger.domain.DomainException;
import org.trustledger.domain.party.PartyCommand;

/**
 * Counts and times every party command by its kind and outcome: recorded, replayed (idempotent repeat), rejected (the
 * history or the input forbids it, tagged with the reason), conflict (lost a race even after retries) or failed.
 */
final class MeteredRecording implements RecordPartyCommandUseCase {
    static final String COMMANDS = "trustledger.commands";
    static final String REJECTIONS = "trustledger.rejections";

    private final RecordPartyCommandUseCase delegate;
    private final MeterRegistry meters;

    MeteredRecording(RecordPartyCommandUseCase delegate, MeterRegistry meters) {
        this.delegate = delegate;
        this.meters = meters;
    }

    @Override
    public RecordOutcome record(PartyCommand command, Recording recording) {
        String kind = command.getClass().getSimpleName();
        Timer.Sample sample = Timer.start(meters);
        String outcome = "failed";
        try {
            RecordOutcome recorded = delegate.record(command, recording);
            outcome = recorded.replayed() ? "replayed" : "recorded";
            return recorded;
        } catch (DomainException e) {
            outcome = "rejected";
            meters.counter(REJECTIONS, "command", kind, "reason", e.getClass().getSimpleName())
                    .increment();
            throw e;
        } catch (ConcurrentChangeException e) {
            outcome = "conflict";
            throw e;
        } catch (IdempotencyConflictException e) {
            // Still in progress is a race; a key reused for another request is the caller's mistake.
            outcome = e.inProgress() ? "conflict" : "rejected";
            if (!e.inProgress()) {
                meters.counter(
                                REJECTIONS,
                                "command",
                                kind,
                                "reason",
                                e.getClass().getSimpleName())
                        .increment();
            }
            throw e;
        } finally {
            sample.stop(meters.timer(COMMANDS, "command", kind, "outcome", outcome));
        }
    }
}
