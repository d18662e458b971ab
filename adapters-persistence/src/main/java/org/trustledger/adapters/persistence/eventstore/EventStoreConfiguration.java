package org.trustledger.adapters.persistence.eventstore;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.Map;
import javax.sql.DataSource;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.UnitOfWorkAwareConnectionProviderWrapper;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.trustledger.domain.party.PartyEvent;
import org.trustledger.domain.party.PartyEventTypes;
import org.trustledger.domain.party.PartyState;
import tools.jackson.databind.annotation.JsonSerialize;
import tools.jackson.databind.jsontype.NamedType;
import tools.jackson.databind.util.StdConverter;

/**
 * Configures Axon's JDBC event storage: snake_case tables created by Flyway, and JSON payloads under stable names.
 *
 * <p>The storage beans are declared here rather than left to Axon's auto-configuration, whose ordering still names
 * Spring Boot 3 classes and so decides before the data source exists.
 */
@Configuration(proxyBeanMethods = false)
public class EventStoreConfiguration {

    @Bean
    public EventSchema eventSchema() {
        return EventSchema.builder()
                .eventTable("domain_event_entry")
                .snapshotTable("snapshot_event_entry")
                .globalIndexColumn("global_index")
                .timestampColumn("time_stamp")
                .eventIdentifierColumn("event_identifier")
                .aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number")
                .typeColumn("type")
                .payloadTypeColumn("payload_type")
                .payloadRevisionColumn("payload_revision")
                .payloadColumn("payload")
                .metaDataColumn("meta_data")
                .build();
    }

    @Bean
    TokenSchema tokenSchema() {
        return TokenSchema.builder()
                .setTokenTable("token_entry")
                .setProcessorNameColumn("processor_name")
                .setSegmentColumn("segment")
                .setTokenColumn("token")
                .setTokenTypeColumn("token_type")
                .setTimestampColumn("time_stamp")
                .setOwnerColumn("owner")
                .build();
    }

    @Bean
    TransactionManager axonTransactionManager(PlatformTransactionManager transactionManager) {
        return new SpringTransactionManager(transactionManager);
    }

    @Bean
    ConnectionProvider axonConnectionProvider(DataSource dataSource) {
        return new UnitOfWorkAwareConnectionProviderWrapper(new SpringDataSourceConnectionProvider(dataSource));
    }

    @Bean
    EventStorageEngine eventStorageEngine(
            @Qualifier("eventSerializer") Serializer eventSerializer,
            ConnectionProvider connectionProvider,
            TransactionManager transactionManager,
            EventSchema schema) {
        return engine(eventSerializer, connectionProvider, transactionManager, schema)
                .upcasterChain(upcasters())
                .build();
    }

    /**
     * The same storage as {@link #eventStorageEngine}, read without upcasters: every row as it was written, in the shape
     * it was written in, for the integrity check, whose seals are over exactly that. Not a bean, so that Axon sees one
     * storage engine.
     */
    public static EventStorageEngine storedAsWritten(
            Serializer eventSerializer,
            ConnectionProvider connectionProvider,
            TransactionManager transactionManager,
            EventSchema schema) {
        return engine(eventSerializer, connectionProvider, transactionManager, schema)
                .build();
    }

    /**
     * The live engine's settings (serializer, upcasters, snapshots, schema, duplicate keys) over connections and
     * transactions of the caller's choosing; public for wiring outside the application context, as the benchmarks do.
     */
    public static JdbcEventStorageEngine.Builder liveEngine(
            ConnectionProvider connectionProvider, TransactionManager transactionManager) {
        EventStoreConfiguration configuration = new EventStoreConfiguration();
        return engine(
                        configuration.eventSerializer(),
                        connectionProvider,
                        transactionManager,
                        configuration.eventSchema())
                .upcasterChain(upcasters());
    }

    private static JdbcEventStorageEngine.Builder engine(
            Serializer eventSerializer,
            ConnectionProvider connectionProvider,
            TransactionManager transactionManager,
            EventSchema schema) {
        return JdbcEventStorageEngine.builder()
                .eventSerializer(eventSerializer)
                .snapshotSerializer(snapshotSerializer())
                .persistenceExceptionResolver(new UniqueKeyViolations())
                .connectionProvider(connectionProvider)
                .transactionManager(transactionManager)
                .schema(schema);
    }

    /**
     * The events as a rebuild replays them: the same tables, serializer and upcasters as the live engine, pages of a
     * thousand events, and a skipped index given up on only when the events around it are a minute old (twice the
     * longest a transaction may run), never because the replay has read far past it: a replay must not miss a write
     * that committed late.
     */
    @Bean
    JdbcStoredEvents storedEvents(
            @Qualifier("eventSerializer") Serializer eventSerializer,
            ConnectionProvider connectionProvider,
            TransactionManager transactionManager,
            EventSchema schema,
            DataSource dataSource) {
        JdbcEventStorageEngine.Builder engine = engine(eventSerializer, connectionProvider, transactionManager, schema)
                .upcasterChain(upcasters());
        return new JdbcStoredEvents(replaying(engine), JdbcClient.create(dataSource));
    }

    /**
     * The stored events as a rebuild replays them, read with the given engine's settings, such as {@link #liveEngine}'s;
     * public for wiring outside the application context, as the benchmarks do.
     */
    public static JdbcStoredEvents replay(JdbcEventStorageEngine.Builder engine, DataSource dataSource) {
        return new JdbcStoredEvents(replaying(engine), JdbcClient.create(dataSource));
    }

    /** Events a replay reads to a query. */
    static final int REPLAY_BATCH = 1_000;

    /** How a replay's engine pages and keeps skipped indexes, whoever builds the rest of it. */
    static JdbcEventStorageEngine replaying(JdbcEventStorageEngine.Builder builder) {
        return builder.batchSize(REPLAY_BATCH)
                .maxGapOffset(Integer.MAX_VALUE)
                .gapTimeout(60_000)
                .build();
    }

    @Bean
    TokenStore tokenStore(ConnectionProvider connectionProvider, Serializer serializer, TokenSchema schema) {
        return JdbcTokenStore.builder()
                .connectionProvider(connectionProvider)
                .serializer(serializer)
                .schema(schema)
                .build();
    }

    /**
     * Snapshots hold the aggregate itself, whose state lives in private fields without accessors; they are a cache of
     * the history (a snapshot that no longer reads is skipped and the history replayed), so their shape may change. Not
     * a bean: Axon's auto-configuration expects a single unqualified serializer.
     */
    static Serializer snapshotSerializer() {
        Jackson3Serializer.Builder builder = Jackson3Serializer.builder()
                .jsonMapperBuilderCustomizer(mapper -> {
                    mapper.changeDefaultVisibility(visibility -> visibility
                            .withFieldVisibility(JsonAutoDetect.Visibility.ANY)
                            .withGetterVisibility(JsonAutoDetect.Visibility.NONE)
                            .withIsGetterVisibility(JsonAutoDetect.Visibility.NONE));
                    // The state keeps the party's entries, for the rare retraction; the snapshot leaves them out, or
                    // it would grow with the history and a long history would load as slowly as without a snapshot.
                    // The aggregate reads them back from the event store when a retraction needs them.
                    mapper.addMixIn(PartyState.class, WithoutEntries.class);
                    // Snapshots taken before kept the entries, whose type is the sealed PartyEvent, each written with
                    // its stable stored name, as in the event store: they still read back, whatever the class.
                    mapper.addMixIn(PartyEvent.class, TypedByStoredName.class);
                    PartyEventTypes.all().forEach((type, name) -> mapper.registerSubtypes(new NamedType(type, name)));
                })
                .lenientDeserialization();
        // A snapshot holds the party's details as its history stored them; the values' canonical constructors take them
        // as stored, like the history.
        return builder.build();
    }

    /** Writes a party's state with no entries. */
    private abstract static class WithoutEntries {
        @JsonSerialize(converter = NoEntries.class)
        Map<Long, PartyEvent> entries;
    }

    /** What a snapshot keeps of the entries: nothing. */
    static final class NoEntries extends StdConverter<Map<Long, PartyEvent>, Map<Long, PartyEvent>> {
        @Override
        public Map<Long, PartyEvent> convert(Map<Long, PartyEvent> entries) {
            return Map.of();
        }
    }

    /** Writes a party event with its stored name beside its fields. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "@type")
    private interface TypedByStoredName {}

    /** The events' serializer as the application stores them: personal values encrypted per person. */
    @Bean("eventSerializer")
    @Qualifier("eventSerializer")
    public Serializer encryptingEventSerializer(PersonalFields personal) {
        // Strict: a field dropped or read as null would be history silently lost; see the README's audit section.
        return StableNameEventSerializer.strict(personal);
    }

    /**
     * The events' serializer with no personal value encrypted, for wiring outside the application context (the
     * benchmarks, the stored fixtures); it reads no row whose values were stored encrypted.
     */
    public Serializer eventSerializer() {
        return StableNameEventSerializer.strict();
    }

    /**
     * Every change of a stored event's shape, oldest first, then the step that names a row that fails to read. Built here rather than collected from beans, so that every
     * reader of the store — the application and the tests alike — reads old shapes through the same chain.
     */
    public static EventUpcasterChain upcasters() {
        return new EventUpcasterChain(
                // Staff could add their own note on a trouble's category; older troubles have none.
                new AddedFieldUpcaster(
                        "TroubleLogged", null, StoredEventRevisions.TROUBLE_LOGGED_WITH_STAFF_NOTE, "staffNote"),
                new ProseToFactsUpcaster(),
                new PartyDetailsChannelsUpcaster(),
                // Erasures stored before requests were recorded answer none.
                new AddedFieldUpcaster(
                        "PersonalDataErased", null, StoredEventRevisions.ERASURE_WITH_REQUEST, "request"),
                // Erasures stored before callers and representatives could be erased are of the party's own person.
                new AddedFieldUpcaster(
                        "PersonalDataErased",
                        StoredEventRevisions.ERASURE_WITH_REQUEST,
                        StoredEventRevisions.ERASURE_OF_NAMED_PERSON,
                        "person"),
                new LocatingUpcaster());
    }
}
