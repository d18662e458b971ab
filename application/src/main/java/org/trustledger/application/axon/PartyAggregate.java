package org.trustledger.application.axon;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.trustledger.application.port.out.PartyHistories;
import org.trustledger.domain.party.PartyCommand;
import org.trustledger.domain.party.PartyDecider;
import org.trustledger.domain.party.PartyEvent;
import org.trustledger.domain.party.PartyId;
import org.trustledger.domain.party.PartyState;
import org.trustledger.domain.trust.SequencedEvent;

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

    /**
     * Where a party restored from a snapshot reads its earlier entries, which the snapshot leaves out so that it does
     * not grow with the history; set by {@link PartyAggregateFactory}, and never part of a snapshot.
     */
    private transient PartyHistories histories;

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
        if (command instanceof PartyCommand.RetractEntry) {
            withEveryEntry();
        }
        for (PartyEvent event : PartyDecider.decide(command, state)) {
            apply(event);
        }
        return state.eventCount();
    }

    @EventSourcingHandler
    void on(PartyEvent event) {
        partyId = event.partyId().toString();
        if (event instanceof PartyEvent.EntryRetracted) {
            withEveryEntry();
        }
        state = PartyDecider.evolve(state, event);
    }

    void readHistoryFrom(PartyHistories partyHistories) {
        this.histories = partyHistories;
    }

    /**
     * A retraction is the one decision that needs every entry (to check what the entry is and fold the rest again);
     * a state restored from a snapshot holds only the entries after it, so the earlier ones are read here, which is
     * rare enough to cost nothing on the common path.
     */
    private void withEveryEntry() {
        if (state.entries().size() >= state.eventCount()) {
            return;
        }
        if (histories == null) {
            throw new IllegalStateException(
                    "party " + partyId + " was restored from a snapshot without a way to read its earlier entries");
        }
        List<PartyEvent> earlier = histories.of(new PartyId(UUID.fromString(partyId))).stream()
                .limit(state.eventCount())
                .map(SequencedEvent::event)
                .toList();
        state = PartyDecider.replay(earlier);
    }
}
