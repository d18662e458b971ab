package org.trustledger.application.service;

import java.util.List;
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
    public List<HistoryEntry> history(PartyId partyId) {
        List<HistoryEntry> entries = eventStore
                .readEvents(partyId.toString(), 0)
                .asStream()
                .map(PartyQueryService::entry)
                .toList();
        if (entries.isEmpty()) {
            throw new UnknownPartyException(partyId.value());
        }
        return entries;
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
