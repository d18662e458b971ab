package org.trustledger.application.axon;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.trustledger.application.port.out.PartyFolds.FoldedParty;
import org.trustledger.application.port.out.PartyHistories;
import org.trustledger.domain.party.PartyCommand;
import org.trustledger.domain.party.PartyDecider;
import org.trustledger.domain.party.PartyEvent;
import org.trustledger.domain.party.PartyId;
import org.trustledger.domain.party.PartyState;
import org.trustledger.domain.trust.SequencedEvent;
import org.trustledger.domain.trust.TrustFold;
import org.trustledger.domain.trust.TrustPolicySettings;

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
     * The party's trust folded after the same events as {@link #state}, kept so that the snapshot carries it and a
     * status is had from the snapshot and the few events after it ({@link AxonPartyFolds}); null where it is not kept.
     */
    private TrustFold trust;

    /**
     * Where a party restored from a snapshot reads its earlier entries, which the snapshot leaves out so that it does
     * not grow with the history; set by {@link PartyAggregateFactory}, and never part of a snapshot.
     */
    private transient PartyHistories histories;

    /**
     * With what settings to keep {@link #trust}, set by {@link PartyAggregateFactory}: a command decides from the state
     * alone, but the trust projection of the same unit of work assesses from the fold this aggregate leaves, and the
     * snapshot carries it.
     */
    private transient TrustPolicySettings trustSettings;

    /**
     * Set while a command's events are applied: they are not stored yet, so the entries cannot be read back from the
     * store to fold the trust again here.
     */
    private transient boolean deciding;

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
    public long handle(PartyCommand command, UnitOfWork<?> unitOfWork) {
        if (PartyDecider.readsEveryEntry(command)) {
            withEveryEntry();
        }
        List<PartyEvent> events = PartyDecider.decide(command, state);
        deciding = true;
        try {
            for (PartyEvent event : events) {
                apply(event);
            }
        } finally {
            deciding = false;
        }
        if (!events.isEmpty() && currentFold()) {
            WrittenFolds.keep(unitOfWork, new FoldedParty(state, trust));
        }
        return state.eventCount();
    }

    /** Whether {@link #trust} is the party's fold after every event of {@link #state}, as the store would fold it. */
    private boolean currentFold() {
        return trust != null
                && trustSettings != null
                && trust.usable()
                && trust.foldedWith(trustSettings)
                && trust.sequence() == state.eventCount();
    }

    @EventSourcingHandler
    void on(PartyEvent event) {
        partyId = event.partyId().toString();
        if (event instanceof PartyEvent.EntryRetracted || (trustSettings != null && state.identities() == null)) {
            // A snapshot taken before the former details were kept in the state: folded again here, where the next
            // snapshot is taken, so that it carries them.
            withEveryEntry();
        }
        PartyState before = state;
        state = PartyDecider.evolve(state, event);
        foldTrust(event, before);
    }

    void readHistoryFrom(PartyHistories partyHistories) {
        this.histories = partyHistories;
    }

    void foldTrustWith(TrustPolicySettings settings) {
        this.trustSettings = settings;
    }

    PartyState state() {
        return state;
    }

    TrustFold trust() {
        return trust;
    }

    /**
     * Folds the event into the trust in constant time; where it cannot be (a retraction, an event stamped earlier than
     * the latest, a snapshot taken before the fold was kept or with other settings) the fold is made again from every
     * entry, read back once if the state was restored from a snapshot.
     */
    private void foldTrust(PartyEvent event, PartyState before) {
        if (trustSettings == null) {
            // Not kept here, so that a fold that fell behind the state is never taken for a current one.
            trust = null;
            return;
        }
        SequencedEvent next = new SequencedEvent(state.eventCount(), event);
        if (trust == null && state.eventCount() == 1) {
            trust = TrustFold.empty(trustSettings);
        }
        boolean folded = trust != null && trust.usable() && trust.foldedWith(trustSettings) && trust.add(next, before);
        if (!folded && deciding) {
            // A state restored from a snapshot would be replaced by the stored entries, without the events being
            // applied: no fold is kept, and the projections read the party's once the events are stored.
            trust = null;
            return;
        }
        if (!folded) {
            withEveryEntry();
            List<SequencedEvent> history = new java.util.ArrayList<>((int) state.eventCount());
            for (long s = 1; s <= state.eventCount(); s++) {
                history.add(new SequencedEvent(s, state.entries().get(s)));
            }
            trust = TrustFold.of(history, trustSettings);
        }
    }

    /**
     * A retraction, a refusal and an erasure are the decisions that need every entry (to check what the entry they name
     * is, and for a retraction to fold the rest again); a state restored from a snapshot holds only the entries after
     * it, so the earlier ones are read here, which is rare enough to cost nothing on the common path.
     */
    private void withEveryEntry() {
        if (state.entries().size() >= state.eventCount() && state.identities() != null) {
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
