package org.trustledger.application.axon;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.modelling.command.VersionedAggregateIdentifier;
import org.trustledger.domain.party.PartyCommand;

/** Finds the party a command is for from the command itself, since domain commands carry no annotations. */
public final class PartyCommandTargetResolver implements CommandTargetResolver {

    @Override
    public VersionedAggregateIdentifier resolveTarget(CommandMessage<?> command) {
        if (!(command.getPayload() instanceof PartyCommand partyCommand)) {
            throw new IllegalArgumentException("not a party command: " + command.getPayloadType());
        }
        return new VersionedAggregateIdentifier(partyCommand.partyId().toString(), null);
    }
}
