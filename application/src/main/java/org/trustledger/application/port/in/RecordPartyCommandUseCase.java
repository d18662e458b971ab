package org.trustledger.application.port.in;

import org.trustledger.domain.party.PartyCommand;

/** Records a command about a party: registration, amendment or any interaction. */
public interface RecordPartyCommandUseCase {

    /**
     * Records the command once; repeated with the same idempotency key, answers as the first time.
     *
     * @throws org.trustledger.domain.DomainException when the command or the party's history forbids it
     * @throws IdempotencyConflictException when the key was used for another request, or is still in progress
     */
    RecordOutcome record(PartyCommand command, Recording recording);
}
