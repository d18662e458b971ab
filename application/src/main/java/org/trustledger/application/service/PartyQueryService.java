package org.trustledger.application.service;

import java.util.stream.Stream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.trustledger.application.axon.RecordingMetaData;
import org.trustledger.application.port.in.FindPartiesQuery;
import org.trustledger.application.port.in.HistoryEntry;
import org.trustledger.application.port.in.PageResult;
import org.trustledger.application.port.in.PartyHistoryQuery;
import org.trustledger.application.port.in.PartySearch;
import org.trustledger.application.port.in.PartyView;
import org.trustledger.application.port.out.PartyViews;
import org.trustledger.domain.UnknownPartyException;
import org.trustledger.domain.party.PartyEvent;
import org.trustledger.domain.party.PartyEventTypes;
import org.trustledger.domain.party.PartyId;

/** Answers questions about parties from the read model, and about their history from the event store. */
public final class PartyQueryService implements FindPartiesQuery, PartyHistoryQuery {
    private final PartyViews views;
    private final EventStore eventStore;

    public PartyQueryService(PartyViews views, EventStore eventStore) {
        this.views = views;
        this.eventStore = eventStore;
    }

    @Override
    public PartyView get(PartyId partyId) {
        return views.find(partyId).orElseThrow(() -> new UnknownPartyException(partyId.value()));
    }

    @Override
    public PageResult<PartyView> search(PartySearch search) {
        return views.search(search);
    }

    @Override
    public Stream<HistoryEntry> entries(PartyId partyId) {
        // Read from the first event: the history, never a snapshot standing in for its beginning. Axon's storage engine
        // fetches the events a batch at a time as the stream is read.
        return eventStore.readEvents(partyId.toString(), 0).asStream().map(PartyQueryService::entry);
    }

    static HistoryEntry entry(DomainEventMessage<?> message) {
        PartyEvent event = (PartyEvent) message.getPayload();
        return new HistoryEntry(
                message.getSequenceNumber() + 1,
                PartyEventTypes.nameOf(event.getClass()).orElseThrow(),
                event.recordedAt(),
                (String) message.getMetaData().get(RecordingMetaData.RECORDED_BY),
                (String) message.getMetaData().get(RecordingMetaData.CORRELATION_ID),
                event);
    }
}
