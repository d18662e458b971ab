package org.trustledger.adapters.persistence.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.trustledger.adapters.persistence.support.TestDatabases;
import org.trustledger.adapters.persistence.support.TestDatabases.Kind;
import org.trustledger.domain.identity.PhoneNumber;
import org.trustledger.domain.party.PartyEvent;
import org.trustledger.domain.party.PartyEventSamples;
import org.trustledger.domain.party.PartyEventTypes;
import org.trustledger.domain.party.PartyId;

/** The event store on each supported database: what goes in comes out, under stable names, without gaps. */
class JdbcEventStorageTest {
    private static final Instant T0 = Instant.parse("2026-03-01T01:00:00Z");

    private DataSource dataSource;
    private JdbcEventStorageEngine engine;

    private void open(Kind kind) {
        dataSource = TestDatabases.migrated(kind);
        var configuration = new EventStoreConfiguration();
        engine = JdbcEventStorageEngine.builder()
                .eventSerializer(configuration.eventSerializer())
                .upcasterChain(EventStoreConfiguration.upcasters())
                .snapshotSerializer(Jackson3Serializer.builder().build())
                .connectionProvider(dataSource::getConnection)
                .transactionManager(NoTransactionManager.INSTANCE)
                .persistenceExceptionResolver(new UniqueKeyViolations())
                .schema(configuration.eventSchema())
                .build();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void everyKindOfEvent_roundTripsWithItsMetadata(Kind kind) {
        open(kind);
        PartyId party = new PartyId(UUID.randomUUID());
        List<PartyEvent> events = PartyEventSamples.everyKind(party, T0);

        append(party, events);

        List<? extends DomainEventMessage<?>> read =
                engine.readEvents(party.toString()).asStream().toList();
        assertThat(read.stream().map(DomainEventMessage::getPayload).toList()).isEqualTo(events);
        assertThat(read)
                .extracting(DomainEventMessage::getSequenceNumber)
                .containsExactly(0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L);
        assertThat(read.get(0).getMetaData()).containsEntry("recordedBy", "staff-1");
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void payloadTypes_areTheStableNames_notJavaClassNames(Kind kind) throws SQLException {
        open(kind);
        PartyId party = new PartyId(UUID.randomUUID());
        append(party, PartyEventSamples.everyKind(party, T0));

        List<String> storedTypes = column("SELECT payload_type FROM domain_event_entry ORDER BY global_index");
        assertThat(storedTypes)
                .containsExactly(
                        "PartyRegistered",
                        "PartyAmended",
                        "RequestReceived",
                        "CallerIdentified",
                        "TroubleLogged",
                        "PaymentShort",
                        "PaymentSettled",
                        "RelationshipTerminated",
                        "RelationshipReinstated",
                        "LinkReviewed",
                        "RenameConfirmed",
                        "EntryRetracted")
                .allSatisfy(name -> assertThat(PartyEventTypes.classOf(name)).isPresent());
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void globalIndex_hasNoGaps(Kind kind) throws SQLException {
        open(kind);
        for (int i = 0; i < 5; i++) {
            PartyId party = new PartyId(UUID.randomUUID());
            append(party, PartyEventSamples.everyKind(party, T0).subList(0, 3));
        }
        List<String> indexes = column("SELECT global_index FROM domain_event_entry ORDER BY global_index");
        long first = Long.parseLong(indexes.get(0));
        for (int i = 0; i < indexes.size(); i++) {
            assertThat(Long.parseLong(indexes.get(i))).isEqualTo(first + i);
        }
        assertThat(indexes).hasSize(15);
    }

    @ParameterizedTest
    @EnumSource(value = Kind.class, names = "POSTGRESQL")
    void onPostgres_payloadsAreBytea_neverLargeObjects(Kind kind) throws SQLException {
        open(kind);
        List<String> types = column(
                "SELECT data_type FROM information_schema.columns WHERE table_name IN ('domain_event_entry',"
                        + " 'snapshot_event_entry', 'token_entry') AND column_name IN ('payload', 'meta_data', 'token')");
        assertThat(types).isNotEmpty().containsOnly("bytea");
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aRowWrittenUnderTheStableName_readsBack(Kind kind) throws SQLException {
        open(kind);
        String aggregate = UUID.randomUUID().toString();
        String json = "{\"partyId\":{\"value\":\"" + aggregate + "\"},\"reason\":\"契約解除\","
                + "\"recordedAt\":\"2026-03-01T01:00:00Z\"}";
        try (Connection c = dataSource.getConnection();
                PreparedStatement insert = c.prepareStatement(
                        "INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type,"
                                + " time_stamp, payload_type, payload, meta_data) VALUES (?, ?, 0, 'PartyAggregate', ?,"
                                + " 'RelationshipTerminated', ?, ?)")) {
            insert.setString(1, UUID.randomUUID().toString());
            insert.setString(2, aggregate);
            insert.setString(3, "2026-03-01T01:00:00Z");
            insert.setBytes(4, json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            insert.setBytes(5, "{}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            insert.executeUpdate();
        }
        Object payload = engine.readEvents(aggregate).next().getPayload();
        assertThat(payload).isInstanceOf(PartyEvent.RelationshipTerminated.class);
        assertThat(((PartyEvent.RelationshipTerminated) payload).reason()).isEqualTo("契約解除");
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void phonesStoredBeforeExtensionsExisted_readBackWithoutExtension(Kind kind) throws SQLException {
        open(kind);
        String aggregate = UUID.randomUUID().toString();
        String registered = "{\"partyId\":{\"value\":\"" + aggregate + "\"},\"kind\":\"RESELLER\","
                + "\"details\":{\"name\":{\"value\":\"株式会社ネクストライン\"},"
                + "\"phones\":[{\"e164\":\"+81353217788\"},{\"e164\":\"+819011112222\"}]},"
                + "\"recordedAt\":\"2026-03-01T01:00:00Z\"}";
        String caller = "{\"partyId\":{\"value\":\"" + aggregate + "\"},\"fullNameGiven\":false,"
                + "\"role\":\"営業\",\"callBack\":{\"e164\":\"+81353217788\"},"
                + "\"recordedAt\":\"2026-03-02T01:00:00Z\"}";
        insertRow(aggregate, 0, "PartyRegistered", registered);
        insertRow(aggregate, 1, "CallerIdentified", caller);

        List<Object> payloads = engine.readEvents(aggregate)
                .asStream()
                .<Object>map(DomainEventMessage::getPayload)
                .toList();

        var details = ((PartyEvent.PartyRegistered) payloads.get(0)).details();
        assertThat(details.phones()).containsExactly(new PhoneNumber("+81353217788"), new PhoneNumber("+819011112222"));
        assertThat(details.phones()).extracting(PhoneNumber::extension).containsOnlyNulls();
        assertThat(((PartyEvent.CallerIdentified) payloads.get(1)).callBack())
                .isEqualTo(new PhoneNumber("+81353217788", null));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aPhoneWithExtension_roundTrips(Kind kind) {
        open(kind);
        PartyId party = new PartyId(UUID.randomUUID());
        var event =
                new PartyEvent.CallerIdentified(party, null, false, "営業", PhoneNumber.parse("03-5321-7788（内線２０５）"), T0);

        append(party, List.of(event));

        assertThat(engine.readEvents(party.toString()).next().getPayload()).isEqualTo(event);
    }

    private void insertRow(String aggregate, long sequence, String type, String json) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement insert = c.prepareStatement(
                        "INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type,"
                                + " time_stamp, payload_type, payload, meta_data) VALUES (?, ?, ?, 'PartyAggregate', ?,"
                                + " ?, ?, ?)")) {
            insert.setString(1, UUID.randomUUID().toString());
            insert.setString(2, aggregate);
            insert.setLong(3, sequence);
            insert.setString(4, "2026-03-01T01:00:00Z");
            insert.setString(5, type);
            insert.setBytes(6, json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            insert.setBytes(7, "{}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            insert.executeUpdate();
        }
    }

    /**
     * Two nodes that load the same party at once both try to write its next sequence number; the loser must learn of a
     * concurrent change (which the product retries or answers 409), never of a broken store (a 500). PostgreSQL reports
     * the unique key only by its SQL state, and inside a batch only on the next exception.
     */
    @ParameterizedTest
    @EnumSource(Kind.class)
    void anEventAtATakenSequenceNumber_isAConcurrentChange(Kind kind) {
        open(kind);
        PartyId party = new PartyId(UUID.randomUUID());
        List<PartyEvent> events = PartyEventSamples.everyKind(party, T0);
        append(party, events.subList(0, 3));

        assertThatThrownBy(() -> append(party, events.subList(3, 4), 2)).isInstanceOf(ConcurrencyException.class);
        assertThatThrownBy(() -> append(party, events.subList(0, 1), 0))
                .isInstanceOf(AggregateStreamCreationException.class);
        assertThat(engine.readEvents(party.toString()).asStream().toList()).hasSize(3);
    }

    private void append(PartyId party, List<PartyEvent> events) {
        append(party, events, 0);
    }

    private void append(PartyId party, List<PartyEvent> events, int firstSequence) {
        List<DomainEventMessage<?>> messages = new ArrayList<>();
        for (int i = firstSequence; i < firstSequence + events.size(); i++) {
            messages.add(new GenericDomainEventMessage<>(
                    "PartyAggregate",
                    party.toString(),
                    i,
                    events.get(i - firstSequence),
                    MetaData.with("recordedBy", "staff-1").and("correlationId", "c-" + i)));
        }
        engine.appendEvents(messages);
    }

    private List<String> column(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql);
                ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }
}
