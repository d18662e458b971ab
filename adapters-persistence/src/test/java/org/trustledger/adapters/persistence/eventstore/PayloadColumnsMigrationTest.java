package org.trustledger.adapters.persistence.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.trustledger.adapters.persistence.support.TestDatabases;
import org.trustledger.adapters.persistence.support.TestDatabases.Kind;
import org.trustledger.domain.party.PartyEvent;
import org.trustledger.domain.party.PartyEventSamples;
import org.trustledger.domain.party.PartyId;

/**
 * Events and snapshots stored before the payload columns became plain binary columns keep their exact bytes (the seals
 * cover them) and read back as the same events.
 */
class PayloadColumnsMigrationTest {
    private static final Instant T0 = Instant.parse("2026-03-01T01:00:00Z");
    private static final String STORED_BYTES = """
            SELECT payload, meta_data FROM domain_event_entry ORDER BY global_index""";
    private static final String SNAPSHOT_BYTES = """
            SELECT payload, meta_data FROM snapshot_event_entry ORDER BY aggregate_identifier, sequence_number""";

    @ParameterizedTest
    @EnumSource(Kind.class)
    void eventsStoredInLargeObjects_keepTheirBytes_inPlainBinaryColumns(Kind kind) {
        DataSource dataSource = TestDatabases.blank(kind);
        migrate(dataSource, kind, "29");
        JdbcEventStorageEngine engine = engine(dataSource);
        PartyId party = new PartyId(UUID.randomUUID());
        List<PartyEvent> events = PartyEventSamples.everyKind(party, T0);
        List<DomainEventMessage<?>> messages = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            messages.add(new GenericDomainEventMessage<>(
                    "PartyAggregate", party.toString(), i, events.get(i), MetaData.with("recordedBy", "staff-1")));
        }
        engine.appendEvents(messages);
        engine.storeSnapshot(messages.getLast());
        JdbcClient jdbc = JdbcClient.create(dataSource);
        List<String> eventsBefore = hex(jdbc, STORED_BYTES);
        List<String> snapshotsBefore = hex(jdbc, SNAPSHOT_BYTES);

        migrate(dataSource, kind, "latest");

        assertThat(jdbc.sql("""
                        SELECT LOWER(table_name) || '.' || LOWER(column_name) || ' ' || LOWER(data_type)
                        FROM information_schema.columns
                        WHERE LOWER(table_name) IN ('domain_event_entry', 'snapshot_event_entry', 'token_entry')
                          AND LOWER(column_name) IN ('payload', 'meta_data', 'token')""").query(String.class).list())
                .hasSize(5)
                .allSatisfy(column -> assertThat(column).endsWith(kind == Kind.H2 ? " binary varying" : " bytea"));
        assertThat(hex(jdbc, STORED_BYTES)).isEqualTo(eventsBefore);
        assertThat(hex(jdbc, SNAPSHOT_BYTES)).isEqualTo(snapshotsBefore);
        assertThat(engine(dataSource)
                        .readEvents(party.toString())
                        .asStream()
                        .map(DomainEventMessage::getPayload)
                        .toList())
                .isEqualTo(events);
        assertThat(engine(dataSource).readSnapshot(party.toString()))
                .get()
                .extracting(DomainEventMessage::getPayload)
                .isEqualTo(events.getLast());
    }

    private static List<String> hex(JdbcClient jdbc, String sql) {
        return jdbc.sql(sql)
                .query((row, n) -> HexFormat.of().formatHex(row.getBytes(1)) + " "
                        + HexFormat.of().formatHex(row.getBytes(2)))
                .list();
    }

    private static JdbcEventStorageEngine engine(DataSource dataSource) {
        var configuration = new EventStoreConfiguration();
        return JdbcEventStorageEngine.builder()
                .eventSerializer(configuration.eventSerializer())
                .upcasterChain(EventStoreConfiguration.upcasters())
                .snapshotSerializer(Jackson3Serializer.builder().build())
                .connectionProvider(dataSource::getConnection)
                .transactionManager(NoTransactionManager.INSTANCE)
                .persistenceExceptionResolver(new UniqueKeyViolations())
                .schema(configuration.eventSchema())
                .build();
    }

    private static void migrate(DataSource dataSource, Kind kind, String target) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations(
                        "classpath:db/migration/common",
                        "classpath:db/migration/" + (kind == Kind.H2 ? "h2" : "postgresql"))
                .target(target)
                .load()
                .migrate();
    }
}
