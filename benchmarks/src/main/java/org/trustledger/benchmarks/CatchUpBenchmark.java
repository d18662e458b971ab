package org.trustledger.benchmarks;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventMessageHandler;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.trustledger.adapters.persistence.support.TestDatabases;
import org.trustledger.adapters.persistence.support.TestDatabases.Kind;
import org.trustledger.domain.identity.PartyName;
import org.trustledger.domain.identity.PersonName;
import org.trustledger.domain.party.PartyDetails;
import org.trustledger.domain.party.PartyEvent;
import org.trustledger.domain.party.PartyEvent.CallerIdentified;
import org.trustledger.domain.party.PartyEvent.PartyRegistered;
import org.trustledger.domain.party.PartyId;
import org.trustledger.domain.party.PartyKind;

/**
 * Events per second a streaming event processor catches up with — Axon's {@code PooledStreamingEventProcessor} over
 * the product's JDBC event store, from the start of a backlog of {@value #BACKLOG} party events to its end — with
 * {@code gaps} open gaps in the global index, against the same backlog with none.
 *
 * <p>The gaps are made the way they happen in production: a transaction takes the next global index values for its
 * events and rolls back, and the identity column does not hand them out again. The backlog is a day old, as a backlog
 * a processor catches up with (a new read model, a replay) is: its gaps are older than any transaction in flight.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@OperationsPerInvocation(CatchUpBenchmark.BACKLOG)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class CatchUpBenchmark {
    /** Events in the backlog; about a second's catch-up on H2, so an iteration sees at least one whole catch-up. */
    static final int BACKLOG = 20_000;

    private static final Logger LOG = LoggerFactory.getLogger(CatchUpBenchmark.class);
    private static final int EVENTS_PER_PARTY = 10;
    private static final int BATCH = 500;

    private static final String INSERT = "INSERT INTO domain_event_entry (event_identifier, aggregate_identifier,"
            + " sequence_number, type, time_stamp, payload_type, payload_revision, payload, meta_data)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";

    /** Open gaps in the global index, spread evenly over the backlog: 0 is the baseline. */
    @Param({"0", "50"})
    public int gaps;

    /** H2 (in memory) or POSTGRESQL (embedded), both from the persistence tests' {@code TestDatabases}. */
    @Param({"H2"})
    public Kind database;

    private HikariDataSource pool;
    private EmbeddedEventStore store;
    private ScheduledExecutorService coordinator;
    private ScheduledExecutorService worker;
    private final AtomicLong catchUps = new AtomicLong();

    @Setup(Level.Trial)
    public void seed() throws SQLException {
        HikariConfig config = new HikariConfig();
        config.setDataSource(TestDatabases.migrated(database));
        config.setPoolName("catch-up-" + database.name().toLowerCase(Locale.ROOT));
        config.setMaximumPoolSize(4);
        pool = new HikariDataSource(config);
        JdbcEventStorageEngine engine = EventStores.engine(pool);
        store = EmbeddedEventStore.builder().storageEngine(engine).build();
        Instant dayAgo = Instant.now().minusSeconds(86_400);
        List<DomainEventMessage<?>> batch = new ArrayList<>();
        PartyId party = null;
        // A gap every BACKLOG / (gaps + 1) events, so the gaps are spread evenly and none is at either end.
        int every = BACKLOG / (gaps + 1);
        for (int i = 0; i < BACKLOG; i++) {
            int sequence = i % EVENTS_PER_PARTY;
            if (sequence == 0) {
                party = new PartyId(UUID.randomUUID());
            }
            batch.add(message(party, sequence, dayAgo.plusMillis(i)));
            boolean gapHere = gaps > 0 && (i + 1) % every == 0 && (i + 1) / every <= gaps;
            if (batch.size() == BATCH || gapHere || i == BACKLOG - 1) {
                engine.appendEvents(batch);
                batch.clear();
            }
            if (gapHere) {
                rolledBackInsert();
            }
        }
        long open = openGaps();
        if (open != gaps) {
            throw new IllegalStateException("expected " + gaps + " gaps in the global index, found " + open);
        }
        LOG.info("{}: {} events with {} gaps in the global index", database, BACKLOG, open);
        coordinator = Executors.newSingleThreadScheduledExecutor();
        worker = Executors.newSingleThreadScheduledExecutor();
    }

    /** An insert that takes the next global index and rolls back, as a failed command's transaction does. */
    private void rolledBackInsert() throws SQLException {
        try (Connection connection = pool.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                insert.setString(1, UUID.randomUUID().toString());
                insert.setString(2, UUID.randomUUID().toString());
                insert.setLong(3, 0);
                insert.setString(4, "PartyAggregate");
                insert.setString(5, Instant.now().toString());
                insert.setString(6, "CallerIdentified");
                insert.setString(7, null);
                insert.setBytes(8, new byte[] {'{', '}'});
                insert.setBytes(9, new byte[] {'{', '}'});
                insert.executeUpdate();
            } finally {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        }
    }

    private long openGaps() {
        JdbcClient jdbc = JdbcClient.create(pool);
        long rows = jdbc.sql("SELECT COUNT(*) FROM domain_event_entry")
                .query(Long.class)
                .single();
        long span = jdbc.sql("SELECT MAX(global_index) - MIN(global_index) + 1 FROM domain_event_entry")
                .query(Long.class)
                .single();
        return span - rows;
    }

    private static DomainEventMessage<PartyEvent> message(PartyId party, int sequence, Instant at) {
        return new GenericDomainEventMessage<>(
                "PartyAggregate",
                party.toString(),
                sequence,
                event(party, sequence, at),
                MetaData.with("recordedBy", "bench"),
                UUID.randomUUID().toString(),
                at);
    }

    private static PartyEvent event(PartyId party, int sequence, Instant at) {
        if (sequence == 0) {
            return new PartyRegistered(
                    party,
                    PartyKind.RESELLER,
                    new PartyDetails(new PartyName("株式会社追い付き"), List.of(), null, null, null),
                    at);
        }
        return new CallerIdentified(party, new PersonName("担当" + (sequence % 7)), sequence % 2 == 0, null, null, at);
    }

    /**
     * One catch-up: a new processor, from the start of the stream, until its handler has seen every event of the
     * backlog (reading each event's payload, as a projection does).
     */
    @Benchmark
    public int catchUp() throws InterruptedException {
        CountDownLatch caughtUp = new CountDownLatch(1);
        AtomicInteger handled = new AtomicInteger();
        EventMessageHandler handler = new EventMessageHandler() {
            @Override
            public Object handle(EventMessage<?> event) {
                if (event.getPayload() instanceof PartyEvent && handled.incrementAndGet() == BACKLOG) {
                    caughtUp.countDown();
                }
                return null;
            }
        };
        PooledStreamingEventProcessor processor = PooledStreamingEventProcessor.builder()
                .name("catch-up-" + catchUps.incrementAndGet())
                .eventHandlerInvoker(SimpleEventHandlerInvoker.builder()
                        .eventHandlers(handler)
                        .build())
                .messageSource(store)
                .tokenStore(new InMemoryTokenStore())
                .transactionManager(NoTransactionManager.INSTANCE)
                .coordinatorExecutor(coordinator)
                .workerExecutor(worker)
                .initialSegmentCount(1)
                .build();
        processor.start();
        try {
            if (!caughtUp.await(5, TimeUnit.MINUTES)) {
                throw new IllegalStateException(
                        "the processor handled " + handled.get() + " of " + BACKLOG + " events in five minutes");
            }
        } finally {
            processor.shutdownAsync().join();
        }
        return handled.get();
    }

    @TearDown(Level.Trial)
    public void close() {
        coordinator.shutdownNow();
        worker.shutdownNow();
        store.shutDown();
        pool.close();
    }
}
