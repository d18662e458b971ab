package org.trustledger.adapters.persistence.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.trustledger.adapters.persistence.eventstore.EventStoreConfiguration;
import org.trustledger.adapters.persistence.readmodel.ReadModelGeneration;
import org.trustledger.application.port.in.ReportsQuery.PartyShortfall;
import org.trustledger.application.port.out.ReportData;
import org.trustledger.domain.party.PartyEvent;
import org.trustledger.domain.party.PartyEvent.EntryRetracted;
import org.trustledger.domain.party.PartyEvent.PaymentShort;
import org.trustledger.domain.party.PartyEvent.RequestReceived;
import org.trustledger.domain.party.PartyEvent.TroubleLogged;
import org.trustledger.domain.party.PartyEventTypes;
import org.trustledger.domain.party.PartyId;
import org.trustledger.domain.trust.TrustStatus;

/**
 * Counts the reports from the stored events of a few types and from the trust view. The events are read through
 * the event serializer and the event store's upcasters, so the reports read exactly the shapes the ledger stores, old
 * ones included; entries a manager retracted are left out, as everywhere else.
 */
@Repository
class JdbcReportData implements ReportData {
    /** The prefix the screening use case gives the reasons it records, telling a screened request from others. */
    static final String SCREENING_REASON_PREFIX = "screening:";

    private final JdbcClient jdbc;
    private final Serializer serializer;
    private final EventUpcasterChain upcasters = EventStoreConfiguration.upcasters();

    JdbcReportData(JdbcClient jdbc, @Qualifier("eventSerializer") Serializer serializer) {
        this.jdbc = jdbc;
        this.serializer = serializer;
    }

    @Override
    public List<TroubleEntry> troublesSince(Instant since) {
        return events(TroubleLogged.class).stream()
                .map(e -> (TroubleLogged) e)
                .filter(t -> !t.recordedAt().isBefore(since))
                .map(t -> new TroubleEntry(t.recordedAt(), t.occurredOn(), t.category()))
                .sorted(Comparator.comparing(TroubleEntry::recordedAt))
                .toList();
    }

    @Override
    public List<PartyShortfall> shortfallsByParty(int limit) {
        Map<PartyId, Long> shortByParty = new HashMap<>();
        for (PartyEvent event : events(PaymentShort.class)) {
            PaymentShort shortfall = (PaymentShort) event;
            shortByParty.merge(
                    shortfall.partyId(),
                    shortfall.invoiced().value() - shortfall.paid().value(),
                    Long::sum);
        }
        List<PartyShortfall> rows = new ArrayList<>();
        shortByParty.forEach((partyId, shortYen) -> {
            if (shortYen <= 0) {
                return;
            }
            jdbc.sql("SELECT name, outstanding_yen FROM party_view WHERE generation = " + ReadModelGeneration.SERVING
                            + " AND party_id = :id")
                    .param("id", partyId.toString())
                    .query((rs, n) ->
                            new PartyShortfall(partyId, rs.getString("name"), shortYen, rs.getLong("outstanding_yen")))
                    .optional()
                    .ifPresent(rows::add);
        });
        return rows.stream()
                .sorted(Comparator.comparingLong(PartyShortfall::shortYen)
                        .reversed()
                        .thenComparing(PartyShortfall::name))
                .limit(limit)
                .toList();
    }

    @Override
    public Map<TrustStatus, Long> statusCounts() {
        Map<TrustStatus, Long> counts = new EnumMap<>(TrustStatus.class);
        jdbc.sql("SELECT status, COUNT(*) AS parties FROM trust_view WHERE generation = " + ReadModelGeneration.SERVING
                        + " GROUP BY status")
                .query(rs -> {
                    counts.put(TrustStatus.valueOf(rs.getString("status")), rs.getLong("parties"));
                });
        return counts;
    }

    @Override
    public List<ScreenedRequest> screenedRequestsSince(Instant since) {
        return events(RequestReceived.class).stream()
                .map(e -> (RequestReceived) e)
                .filter(r -> !r.recordedAt().isBefore(since))
                .filter(r -> r.reasons().stream().anyMatch(reason -> reason.startsWith(SCREENING_REASON_PREFIX)))
                .map(r -> new ScreenedRequest(r.recordedAt(), r.answer()))
                .sorted(Comparator.comparing(ScreenedRequest::recordedAt))
                .toList();
    }

    /**
     * The stored events of a type, oldest first, read through the event store's upcasters, without those a manager
     * retracted: a retracted entry was recorded in error and counts nowhere.
     */
    private List<PartyEvent> events(Class<? extends PartyEvent> type) {
        Set<String> retracted = new HashSet<>();
        for (StoredRow row : rows(EntryRetracted.class)) {
            EntryRetracted retraction = (EntryRetracted) row.event();
            // A retraction names its entry by the sequence staff see, counted from 1.
            retracted.add(row.partyId() + "#" + (retraction.sequence() - 1));
        }
        return rows(type).stream()
                .filter(row -> !retracted.contains(row.partyId() + "#" + row.sequence()))
                .map(StoredRow::event)
                .toList();
    }

    private List<StoredRow> rows(Class<? extends PartyEvent> type) {
        String name = PartyEventTypes.nameOf(type)
                .orElseThrow(() -> new IllegalArgumentException("no stored name for " + type.getName()));
        return jdbc.sql("SELECT event_identifier, aggregate_identifier, sequence_number, time_stamp, payload_type,"
                        + " payload_revision, payload, meta_data FROM domain_event_entry"
                        + " WHERE payload_type = :type ORDER BY global_index")
                .param("type", name)
                .query((rs, n) -> {
                    var entry = new GenericDomainEventEntry<>(
                            "PartyAggregate",
                            rs.getString("aggregate_identifier"),
                            rs.getLong("sequence_number"),
                            rs.getString("event_identifier"),
                            rs.getString("time_stamp"),
                            rs.getString("payload_type"),
                            rs.getString("payload_revision"),
                            rs.getBytes("payload"),
                            rs.getBytes("meta_data"));
                    return new StoredRow(entry.getAggregateIdentifier(), entry.getSequenceNumber(), read(entry));
                })
                .list();
    }

    private PartyEvent read(GenericDomainEventEntry<byte[]> entry) {
        IntermediateEventRepresentation upcast = upcasters
                .upcast(Stream.of(new InitialEventRepresentation(entry, serializer)))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("an upcaster dropped stored event "
                        + entry.getEventIdentifier() + "; every shape of a party event still reads"));
        return (PartyEvent) serializer.deserialize(upcast.getData());
    }

    private record StoredRow(String partyId, long sequence, PartyEvent event) {}
}
