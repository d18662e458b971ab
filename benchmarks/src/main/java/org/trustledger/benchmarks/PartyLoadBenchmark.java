package org.trustledger.benchmarks;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.AggregateSnapshotter;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.modelling.command.Aggregate;
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
import org.trustledger.application.axon.PartyAggregate;
import org.trustledger.application.axon.PartyAggregateFactory;
import org.trustledger.domain.identity.PartyName;
import org.trustledger.domain.identity.PersonName;
import org.trustledger.domain.party.PartyDetails;
import org.trustledger.domain.party.PartyEvent;
import org.trustledger.domain.party.PartyEvent.CallerIdentified;
import org.trustledger.domain.party.PartyEvent.PartyRegistered;
import org.trustledger.domain.party.PartyId;
import org.trustledger.domain.party.PartyKind;

/**
 * Loading a party as a command does — its aggregate from the event store, through Axon's event-sourcing repository —
 * with a history of {@code events} entries, from the events alone or from the latest snapshot and the events after it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class PartyLoadBenchmark {
    private static final Instant T0 = Instant.parse("2026-01-05T00:00:00Z");

    @Param({"10", "100", "1000", "10000"})
    public int events;

    @Param({"true", "false"})
    public boolean snapshot;

    /** H2 (in memory) or POSTGRESQL (embedded), both from the persistence tests' {@code TestDatabases}. */
    @Param({"H2"})
    public Kind database;

    private HikariDataSource pool;
    private EventSourcingRepository<PartyAggregate> repository;
    private String partyId;

    @Setup(Level.Trial)
    public void seed() {
        // Pooled as the product pools: unpooled, PostgreSQL would open a connection for every load.
        HikariConfig config = new HikariConfig();
        config.setDataSource(TestDatabases.migrated(database));
        config.setMaximumPoolSize(2);
        pool = new HikariDataSource(config);
        var engine = EventStores.engine(pool);
        var store = EmbeddedEventStore.builder().storageEngine(engine).build();
        PartyId party = new PartyId(UUID.randomUUID());
        partyId = party.toString();
        List<DomainEventMessage<?>> batch = new ArrayList<>();
        for (int sequence = 0; sequence < events; sequence++) {
            batch.add(new GenericDomainEventMessage<>(
                    "PartyAggregate", partyId, sequence, event(party, sequence), MetaData.with("recordedBy", "bench")));
            if (batch.size() == 500 || sequence == events - 1) {
                engine.appendEvents(batch);
                batch.clear();
            }
        }
        if (snapshot) {
            AggregateSnapshotter.builder()
                    .eventStore(store)
                    .aggregateFactories(new PartyAggregateFactory(new AxonPartyHistories(store)))
                    .build()
                    .scheduleSnapshot(PartyAggregate.class, partyId);
        }
        repository = EventSourcingRepository.builder(PartyAggregate.class)
                .eventStore(store)
                .aggregateFactory(new PartyAggregateFactory(new AxonPartyHistories(store)))
                .build();
    }

    private static PartyEvent event(PartyId party, int sequence) {
        Instant at = T0.plusSeconds(60L * sequence);
        if (sequence == 0) {
            return new PartyRegistered(
                    party,
                    PartyKind.RESELLER,
                    new PartyDetails(new PartyName("株式会社長い履歴"), List.of(), null, null, null),
                    at);
        }
        return new CallerIdentified(party, new PersonName("担当" + (sequence % 7)), sequence % 2 == 0, null, null, at);
    }

    @Benchmark
    public Aggregate<PartyAggregate> load() {
        DefaultUnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
        try {
            return repository.load(partyId);
        } finally {
            unitOfWork.rollback();
        }
    }

    @TearDown(Level.Trial)
    public void close() {
        repository = null;
        pool.close();
    }
}
