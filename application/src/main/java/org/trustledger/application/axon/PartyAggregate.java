package org.trustledger.application.axon;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.trustledger.domain.party.PartyCommand;
import org.trustledger.domain.party.PartyDecider;
import org.trustledger.domain.party.PartyEvent;
import org.trustledger.domain.party.PartyState;

/**
 * The party as an Axon aggregate: every command goes to {@link PartyDecider#decide} and every event through
 * {@link PartyDecider#evolve}; no rule lives here.
 */
public class PartyAggregate {
    /** All party commands travel under this one name, since the decider handles the whole sealed family. */
    public static final String COMMAND_NAME = "trustledger.PartyCommand";

    @AggregateIdentifier
    private String partyId;

    private PartyState state = PartyState.INITIAL;

    protected PartyAggregate() {
        // Axon creates an empty aggregate and replays its events into it.
    }

    /**
     * Decides and applies; returns the sequence of the party's last event afterwards.
     *
     * <p>Created if missing so that the decider, not the framework, says what an unregistered party may do.
     */
    @CommandHandler(commandName = COMMAND_NAME)
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public long handle(PartyCommand command) {
        for (PartyEvent event : PartyDecider.decide(command, state)) {
            apply(event);
        }
        return state.eventCount();
    }

    @EventSourcingHandler
    void on(PartyEvent event) {
        partyId = event.partyId().toString();
        state = PartyDecider.evolve(state, event);
    }
}
