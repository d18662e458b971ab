package org.trustledger.adapters.persistence.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcSQLErrorCodesResolver;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.trustledger.adapters.persistence.support.TestDatabases;
import org.trustledger.adapters.persistence.support.TestDatabases.Kind;
import org.trustledger.domain.party.PartyDecider;
import org.trustledger.domain.party.PartyEvent;
import org.trustledger.domain.party.PartyEventTypes;
import org.trustledger.domain.party.PartyState;
import tools.jackson.databind.json.JsonMapper;

/**
 * One fixed JSON fixture per stored event type, written once and never regenerated: each must still load under its
 * stored name and fold, so that a change of shape or a tightened rule never makes yesterday's history unreadable. A
 * field renamed or dropped in a record is read as null by the lenient serializer; writing the event back shows it, so
 * the test fails loudly rather than silently.
 */
class StoredEventFixturesTest {
    private static final String PARTY = "3f2a1b0c-9d8e-4f7a-8b6c-5d4e3f2a1b0c";
    private static final List<String> FIXTURES = List.of(
            "01-PartyRegistered",
            "02-PartyAmended",
            "03-RequestReceived",
            "04-CallerIdentified",
            "05-TroubleLogged",
            "06-PaymentShort",
            "07-PaymentSettled",
            "08-RelationshipTerminated",
            "09-RelationshipReinstated",
            "10-LinkReviewed",
            "11-RenameConfirmed",
            "12-EntryRetracted");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @ParameterizedTest
    @EnumSource(Kind.class)
    void everyStoredEventType_hasAFixture_thatLoadsUnchangedAndFolds(Kind kind) throws Exception {
        DataSource dataSource = TestDatabases.migrated(kind);
        EventStoreConfiguration configuration = new EventStoreConfiguration();
        Serializer serializer = configuration.eventSerializer();
        JdbcEventStorageEngine engine = JdbcEventStorageEngine.builder()
                .eventSerializer(serializer)
                .snapshotSerializer(Jackson3Serializer.builder().build())
                .connectionProvider(dataSource::getConnection)
                .transactionManager(NoTransactionManager.INSTANCE)
                .persistenceExceptionResolver(new JdbcSQLErrorCodesResolver())
                .schema(configuration.eventSchema())
                .build();
        List<String> names = FIXTURES.stream().map(f -> f.substring(3)).toList();
        assertThat(names)
                .containsExactlyInAnyOrderElementsOf(PartyEventTypes.all().values());
        List<String> stored = new ArrayList<>();
        for (int i = 0; i < FIXTURES.size(); i++) {
            String json = fixture(FIXTURES.get(i));
            stored.add(json);
            insertRow(dataSource, i, names.get(i), json);
        }

        List<PartyEvent> events = engine.readEvents(PARTY)
                .asStream()
                .map(DomainEventMessage::getPayload)
                .map(PartyEvent.class::cast)
                .toList();

        for (int i = 0; i < events.size(); i++) {
            assertThat(events.get(i))
                    .isInstanceOf(PartyEventTypes.classOf(names.get(i)).orElseThrow());
            String written =
                    new String(serializer.serialize(events.get(i), byte[].class).getData(), StandardCharsets.UTF_8);
            assertThat(JSON.readTree(written)).as(FIXTURES.get(i)).isEqualTo(JSON.readTree(stored.get(i)));
        }
        PartyState state = PartyDecider.replay(events);
        assertThat(state.registered()).isTrue();
        assertThat(state.eventCount()).isEqualTo(12);
        assertThat(state.retracted()).containsExactly(3L);
        assertThat(state.troubleCount()).isEqualTo(1);
        assertThat(state.terminated()).isFalse();
    }

    private static String fixture(String name) throws IOException {
        try (InputStream in = StoredEventFixturesTest.class.getResourceAsStream("/event-fixtures/" + name + ".json")) {
            assertThat(in).as("fixture " + name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void insertRow(DataSource dataSource, long sequence, String type, String json) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement insert = c.prepareStatement(
                        "INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type,"
                                + " time_stamp, payload_type, payload, meta_data) VALUES (?, ?, ?, 'PartyAggregate', ?,"
                                + " ?, ?, ?)")) {
            insert.setString(1, UUID.randomUUID().toString());
            insert.setString(2, PARTY);
            insert.setLong(3, sequence);
            insert.setString(4, "2026-03-01T01:00:00Z");
            insert.setString(5, type);
            insert.setBytes(6, json.getBytes(StandardCharsets.UTF_8));
            insert.setBytes(7, "{}".getBytes(StandardCharsets.UTF_8));
            insert.executeUpdate();
        }
    }
}
