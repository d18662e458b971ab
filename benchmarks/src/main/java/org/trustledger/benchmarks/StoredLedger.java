package org.trustledger.benchmarks;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.trustledger.application.axon.RecordingMetaData;
import org.trustledger.application.port.in.PartyView;
import org.trustledger.domain.identity.PersonName;
import org.trustledger.domain.party.PartyEvent;
import org.trustledger.domain.party.PartyEvent.CallerIdentified;
import org.trustledger.domain.trust.SequencedEvent;

/**
 * A generated ledger's histories written into the product's event table through the product's own storage engine
 * and serializer, so that reading them back is what the product's reads are: one aggregate's events, deserialised.
 */
final class StoredLedger {
    private static final Logger LOG = LoggerFactory.getLogger(StoredLedger.class);

    /** Axon names an aggregate's events after the aggregate class. */
    private static final String AGGREGATE_TYPE = "PartyAggregate";

    private static final int PARTIES_PER_BATCH = 1_000;

    private StoredLedger() {}

    /** Appends every party's history, oldest first, numbered as the product numbers it; returns the events stored. */
    static long append(DataSource dataSource, List<Ledger.Party> parties) {
        long started = System.nanoTime();
        JdbcEventStorageEngine engine = EventStores.engine(dataSource);
        Map<String, String> metaData = Map.of(RecordingMetaData.RECORDED_BY, "benchmarks");
        long stored = 0;
        for (int from = 0; from < parties.size(); from += PARTIES_PER_BATCH) {
            List<DomainEventMessage<?>> batch = new ArrayList<>();
            for (Ledger.Party party : parties.subList(from, Math.min(parties.size(), from + PARTIES_PER_BATCH))) {
                String aggregate = party.view().partyId().toString();
                for (SequencedEvent event : party.history()) {
                    batch.add(new GenericDomainEventMessage<>(
                            AGGREGATE_TYPE,
                            aggregate,
                            event.sequence() - 1,
                            event.event(),
                            metaData,
                            UUID.randomUUID().toString(),
                            event.event().recordedAt()));
                }
            }
            engine.appendEvents(batch);
            stored += batch.size();
        }
        LOG.info(String.format(
                "stored %d events of %d parties in %.1f s",
                stored, parties.size(), (System.nanoTime() - started) / 1e9));
        return stored;
    }

    /**
     * The parties with callers identified appended to their histories (a name withheld, so the identity index does
     * not change), one a millisecond after the last entry, until the ledger holds about {@code events} events in all;
     * the views say the new last sequence, as the projection would. For a ledger of a given size in events.
     */
    static List<Ledger.Party> padded(List<Ledger.Party> parties, long events) {
        long existing = parties.stream().mapToLong(p -> p.history().size()).sum();
        long missing = Math.max(0, events - existing);
        List<Ledger.Party> padded = new ArrayList<>(parties.size());
        for (int i = 0; i < parties.size(); i++) {
            Ledger.Party party = parties.get(i);
            long extra = missing / parties.size() + (i < missing % parties.size() ? 1 : 0);
            List<PartyEvent> history = new ArrayList<>(
                    party.history().stream().map(SequencedEvent::event).toList());
            Instant last = history.getLast().recordedAt();
            for (long n = 1; n <= extra; n++) {
                history.add(new CallerIdentified(
                        party.view().partyId(), new PersonName("担当"), false, "営業", null, last.plusMillis(n)));
            }
            PartyView view = party.view();
            padded.add(new Ledger.Party(
                    new PartyView(
                            view.partyId(),
                            view.kind(),
                            view.details(),
                            view.terminated(),
                            view.outstanding(),
                            view.troubleCount(),
                            view.registeredAt(),
                            history.getLast().recordedAt(),
                            history.size()),
                    SequencedEvent.numbered(history)));
        }
        return padded;
    }
}
