package org.trustledger.adapters.web.party;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.trustledger.application.port.in.RecordOutcome;
import org.trustledger.application.port.in.RecordPartyCommandUseCase;
import org.trustledger.application.port.in.Recording;
import org.trustledger.domain.party.PartyCommand;

/**
 * Stands in for the application service: remembers every command with its recording, and answers with a first-time
 * outcome unless told to answer otherwise or to fail.
 */
public final class FakeRecordPartyCommand implements RecordPartyCommandUseCase {
    public static final long SEQUENCE = 7;

    /** One call of the use case. */
    public record Received(PartyCommand command, Recording recording) {}

    private final List<Received> received = new CopyOnWriteArrayList<>();
    private volatile Function<PartyCommand, RecordOutcome> answer = FakeRecordPartyCommand::firstTime;

    @Override
    public RecordOutcome record(PartyCommand command, Recording recording) {
        received.add(new Received(command, recording));
        return answer.apply(command);
    }

    public void answerWith(RecordOutcome outcome) {
        answer = command -> outcome;
    }

    public void failWith(RuntimeException failure) {
        answer = command -> {
            throw failure;
        };
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    /** The one call received so far; fails when there were none or several. */
    public Received only() {
        if (received.size() != 1) {
            throw new AssertionError("expected exactly one recorded command, got " + received);
        }
        return received.getFirst();
    }

    public <T extends PartyCommand> T onlyCommand(Class<T> type) {
        PartyCommand command = only().command();
        if (!type.isInstance(command)) {
            throw new AssertionError("expected a " + type.getSimpleName() + ", got " + command);
        }
        return type.cast(command);
    }

    public Recording onlyRecording() {
        return only().recording();
    }

    public void reset() {
        received.clear();
        answer = FakeRecordPartyCommand::firstTime;
    }

    private static RecordOutcome firstTime(PartyCommand command) {
        return new RecordOutcome(command.partyId(), SEQUENCE, false);
    }
}
