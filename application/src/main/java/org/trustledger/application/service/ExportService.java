package org.trustledger.application.service;

import java.util.function.Consumer;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.trustledger.application.port.in.LedgerExport;
import org.trustledger.domain.UnknownPartyException;
import org.trustledger.domain.party.PartyEvent;
import org.trustledger.domain.party.PartyId;

/**
 * Reads the event store as it streams: Axon fetches a party's events, and the ledger's, a batch at a time, and nothing
 * here keeps an event once it is handed over.
 */
public final class ExportService implements LedgerExport {
    private final EventStore eventStore;

    public ExportService(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    @Override
    public void party(PartyId partyId, Consumer<ExportedEntry> sink) {
        // From the first event: without a sequence the store starts from the party's latest snapshot.
        DomainEventStream stream = eventStore.readEvents(partyId.toString(), 0);
        if (!stream.hasNext()) {
            throw new UnknownPartyException(partyId.value());
        }
        while (stream.hasNext()) {
            sink.accept(entry(stream.next()));
        }
    }

    @Override
    public long ledger(Consumer<ExportedEntry> sink) {
        long count = 0;
        try (BlockingStream<TrackedEventMessage<?>> stream = eventStore.openStream(null)) {
            while (stream.hasNextAvailable()) {
                if (stream.nextAvailable() instanceof DomainEventMessage<?> message
                        && message.getPayload() instanceof PartyEvent) {
                    sink.accept(entry(message));
                    count++;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the ledger export was interrupted", e);
        }
        return count;
    }

    private static ExportedEntry entry(DomainEventMessage<?> message) {
        PartyEvent event = (PartyEvent) message.getPayload();
        return new ExportedEntry(event.partyId(), PartyQueryService.entry(message));
    }
}
