package org.trustledger.bootstrap.durability;

import org.trustledger.application.port.in.RecordOutcome;
import org.trustledger.application.port.in.RecordPartyCommandUseCase;
import org.trustledger.application.port.in.Recording;
import org.trustledger.domain.party.PartyCommand;

/**
 * Records a command with its flush to the disk put off until the party's lock is let go, and answers only once the
 * entry is on the disk: commands on one busy party then share flushes, as commands on many parties do.
 */
final class DurableRecording implements RecordPartyCommandUseCase {
    private final RecordPartyCommandUseCase delegate;
    private final CommitSync sync;

    DurableRecording(RecordPartyCommandUseCase delegate, CommitSync sync) {
        this.delegate = delegate;
        this.sync = sync;
    }

    @Override
    public RecordOutcome record(PartyCommand command, Recording recording) {
        return sync.deferringFlushes(() -> delegate.record(command, recording));
    }
}
