package org.trustledger.benchmarks;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.eventsourcing.AggregateSnapshotter;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateAnnotationCommandHandler;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.trustledger.adapters.persistence.support.TestDatabases;
import org.trustledger.adapters.persistence.support.TestDatabases.Kind;
import org.trustledger.application.axon.AxonPartyHistories;
import org.trustledger.application.axon.EventIntegrity;
import org.trustledger.application.axon.PartyAggregate;
import org.trustledger.application.axon.PartyAggregateFactory;
import org.trustledger.application.axon.PartyCommandTargetResolver;
import org.trustledger.application.axon.RecordingMetaData;
import org.trustledger.domain.identity.PartyName;
import org.trustledger.domain.identity.PersonName;
import org.trustledger.domain.party.PartyCommand;
import org.trustledger.domain.party.PartyCommand.IdentifyCaller;
import org.trustledger.domain.party.PartyCommand.RegisterParty;
import org.trustledger.domain.party.PartyDetails;
import org.trustledger.domain.party.PartyId;
import org.trustledger.domain.party.PartyKind;

/**
 * Writes per second: a command recording an interaction (a caller identified) through Axon's command bus, the party's
 * aggregate and the product's JDBC event store, against the floor any event store stands on — one raw JDBC
 * single-row {@code INSERT} and {@code COMMIT} into the same event table of the same database. Run it with 1 and 8
 * threads ({@code -t}); each thread writes to parties of its own, as staff at different desks would.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class WriteBenchmark {
    /**
     * The product's default for {@code trustledger.snapshot-every}; another interval can be tried with the system
     * property of the same name ({@code -jvmArgsAppend -Dtrustledger.snapshot-every=20}).
     */
    static final int SNAPSHOT_EVERY = Integer.getInteger("trustledger.snapshot-every", 100);

    private static final Instant T0 = Instant.parse("2026-01-05T00:00:00Z");

    /** A serialised caller-identified event is about this size; the raw insert stores a payload as large. */
    static final byte[] PAYLOAD = ("{\"partyId\":\"00000000-0000-0000-0000-000000000000\",\"name\":\"担当\","
                    + "\"fullNameGiven\":false,\"role\":\"営業\",\"callBack\":null,\"at\":\"2026-01-05T00:00:00Z\"}")
            .getBytes(StandardCharsets.UTF_8);

    static final byte[] META_DATA = "{\"recordedBy\":\"bench\"}".getBytes(StandardCharsets.UTF_8);

    static final String INSERT = "INSERT INTO domain_event_entry (event_identifier, aggregate_identifier,"
            + " sequence_number, type, time_stamp, payload_type, payload_revision, payload, meta_data)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";

    /** H2 (in memory) or POSTGRESQL (embedded), both from the persistence tests' {@code TestDatabases}. */
    @Param({"H2"})
    public Kind database;

    private HikariDataSource pool;
    private CommandGateway commands;

    @Setup(Level.Trial)
    public void start() {
        HikariConfig config = new HikariConfig();
        config.setDataSource(TestDatabases.migrated(database));
        config.setPoolName("writes-" + database.name().toLowerCase(Locale.ROOT));
        config.setMaximumPoolSize(10);
        pool = new HikariDataSource(config);
        var store = EmbeddedEventStore.builder()
                .storageEngine(EventStores.engine(pool))
                .build();
        // As the product configures the command path: every event sealed as it is stored, and a party's snapshot
        // taken every 100 of its events (the default of trustledger.snapshot-every).
        store.registerDispatchInterceptor(new EventIntegrity(EventStores.eventSerializer(), store));
        var snapshotter = AggregateSnapshotter.builder()
                .eventStore(store)
                .aggregateFactories(new PartyAggregateFactory(new AxonPartyHistories(store)))
                .build();
        var repository = EventSourcingRepository.builder(PartyAggregate.class)
                .eventStore(store)
                .aggregateFactory(new PartyAggregateFactory(new AxonPartyHistories(store)))
                .snapshotTriggerDefinition(new EventCountSnapshotTriggerDefinition(snapshotter, SNAPSHOT_EVERY))
                .build();
        var bus = SimpleCommandBus.builder().build();
        AggregateAnnotationCommandHandler.<PartyAggregate>builder()
                .aggregateType(PartyAggregate.class)
                .repository(repository)
                .commandTargetResolver(new PartyCommandTargetResolver())
                .build()
                .subscribe(bus);
        commands = DefaultCommandGateway.builder().commandBus(bus).build();
    }

    /** Sends a command as the product's command service does: under the one command name, with who recorded it. */
    Object send(PartyCommand command) {
        MetaData metaData = MetaData.with(RecordingMetaData.RECORDED_BY, "bench");
        return commands.sendAndWait(
                new GenericCommandMessage<>(new GenericMessage<>(command, metaData), PartyAggregate.COMMAND_NAME));
    }

    @TearDown(Level.Trial)
    public void close() {
        pool.close();
    }

    /** One desk: parties registered up front, written to in turn so no party's history grows long. */
    @State(Scope.Thread)
    public static class Desk {
        private static final int PARTIES = 200;

        private final List<PartyId> parties = new ArrayList<>();
        private final String rawAggregate = UUID.randomUUID().toString();
        private final AtomicLong rawSequence = new AtomicLong();
        private int next;
        private long written;

        @Setup(Level.Trial)
        public void register(WriteBenchmark benchmark) {
            for (int i = 0; i < PARTIES; i++) {
                PartyId party = new PartyId(UUID.randomUUID());
                benchmark.send(new RegisterParty(
                        party,
                        PartyKind.RESELLER,
                        new PartyDetails(new PartyName("株式会社書き込み" + i), List.of(), null, null, null),
                        T0));
                parties.add(party);
            }
        }

        PartyId nextParty() {
            next = (next + 1) % parties.size();
            return parties.get(next);
        }

        Instant nextTime() {
            written++;
            return T0.plusSeconds(written);
        }
    }

    @Benchmark
    public Object command(Desk desk) {
        return send(new IdentifyCaller(desk.nextParty(), new PersonName("担当"), true, "営業", null, desk.nextTime()));
    }

    @Benchmark
    public int rawInsert(Desk desk) throws SQLException {
        try (Connection connection = pool.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                insert.setString(1, UUID.randomUUID().toString());
                insert.setString(2, desk.rawAggregate);
                insert.setLong(3, desk.rawSequence.getAndIncrement());
                insert.setString(4, "PartyAggregate");
                insert.setString(5, desk.nextTime().toString());
                insert.setString(6, "CallerIdentified");
                insert.setString(7, null);
                insert.setBytes(8, PAYLOAD);
                insert.setBytes(9, META_DATA);
                int rows = insert.executeUpdate();
                connection.commit();
                return rows;
            } finally {
                connection.setAutoCommit(true);
            }
        }
    }
}
