package org.trustledger.application.axon;

import java.util.Optional;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.SerializationException;
import org.trustledger.application.port.out.PartyFolds;
import org.trustledger.application.port.out.PartyHistories;
import org.trustledger.domain.party.PartyDecider;
import org.trustledger.domain.party.PartyEvent;
import org.trustledger.domain.party.PartyId;
import org.trustledger.domain.party.PartyState;
import org.trustledger.domain.trust.SequencedEvent;
import org.trustledger.domain.trust.TrustFold;
import org.trustledger.domain.trust.TrustPolicySettings;

/**
 * A party's fold from its latest snapshot, which carries the party's state and trust fold, and the few events after it
 * (at most {@code trustledger.snapshot-every} or so), each folded in at a cost that does not grow with the history.
 * Only where that cannot be done — no snapshot or one without a usable fold, a retraction or an event stamped earlier
 * than the latest after it — is the whole history read and folded again.
 */
public final class AxonPartyFolds implements PartyFolds {
    private final EventStore eventStore;
    private final PartyHistories histories;
    private final TrustPolicySettings settings;

    public AxonPartyFolds(EventStore eventStore, PartyHistories histories, TrustPolicySettings settings) {
        this.eventStore = eventStore;
        this.histories = histories;
        this.settings = settings;
    }

    @Override
    public Optional<FoldedParty> current(PartyId partyId) {
        PartyState state = PartyState.INITIAL;
        TrustFold trust = TrustFold.empty(settings);
        try {
            DomainEventStream stream = eventStore.readEvents(partyId.toString());
            while (stream.hasNext()) {
                DomainEventMessage<?> message = stream.next();
                Object payload = message.getPayload();
                if (payload instanceof PartyAggregate snapshot) {
                    state = snapshot.state();
                    trust = snapshot.trust();
                    if (trust != null) {
                        // Folded further here; the store's own copy stays as it was.
                        trust = trust.copy();
                    }
                    if (trust == null
                            || !trust.usable()
                            || !trust.foldedWith(settings)
                            || trust.sequence() != state.eventCount()) {
                        return wholeHistory(partyId);
                    }
                    continue;
                }
                PartyEvent event = (PartyEvent) payload;
                // The snapshot's state has no entries, which a retraction folds again: the history has them.
                if (event instanceof PartyEvent.EntryRetracted) {
                    return wholeHistory(partyId);
                }
                PartyState before = state;
                state = PartyDecider.evolve(state, event);
                if (!trust.add(new SequencedEvent(message.getSequenceNumber() + 1, event), before)) {
                    return wholeHistory(partyId);
                }
            }
        } catch (SerializationException e) {
            // A snapshot of an older shape: the history is the source of truth.
            return wholeHistory(partyId);
        }
        return state.eventCount() == 0 ? Optional.empty() : Optional.of(new FoldedParty(state, trust));
    }

    private Optional<FoldedParty> wholeHistory(PartyId partyId) {
        return PartyFolds.fromHistories(histories, settings).current(partyId);
    }
}
