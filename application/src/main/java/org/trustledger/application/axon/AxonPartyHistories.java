package org.trustledger.application.axon;

import java.util.List;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.trustledger.application.port.out.PartyHistories;
import org.trustledger.domain.party.PartyEvent;
import org.trustledger.domain.party.PartyId;
import org.trustledger.domain.trust.SequencedEvent;

/** A party's history straight from Axon's event store, the source of truth. */
public final class AxonPartyHistories implements PartyHistories {
    private final EventStore eventStore;

    public AxonPartyHistories(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    /** Read from the first event on: the history, never a snapshot that would stand in for its beginning. */
    @Override
    public List<SequencedEvent> of(PartyId partyId) {
        return eventStore
                .readEvents(partyId.toString(), 0)
                .asStream()
                .map(m -> new SequencedEvent(m.getSequenceNumber() + 1, (PartyEvent) m.getPayload()))
                .toList();
    }
}
