package org.trustledger.benchmarks;

import java.util.concurrent.TimeUnit;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
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
import org.trustledger.adapters.persistence.support.TestDatabases.Kind;
import org.trustledger.application.axon.AxonPartyHistories;
import org.trustledger.application.service.ScreeningService;

/**
 * {@code ScreeningService.screen} with every piece the product uses: candidates from the identity-key index and each
 * candidate's history read from the product's event store (Axon's JDBC engine, the product's serializer) in the same
 * database, as {@code AxonPartyHistories} reads it in the product. {@link ScreeningBenchmark} keeps histories in
 * memory to isolate the index; this one adds the reads.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class StoredHistoryScreeningBenchmark extends ScreeningCalls {
    @Param({"100000"})
    public int parties;

    /** H2 (in memory) or POSTGRESQL (embedded), both from the persistence tests' {@code TestDatabases}. */
    @Param({"H2"})
    public Kind database;

    private SeededDatabase seeded;
    private EmbeddedEventStore eventStore;

    @Setup(Level.Trial)
    public void seed() {
        Ledger ledger = Ledger.generate(parties);
        seeded = SeededDatabase.of(database, ledger);
        StoredLedger.append(seeded.dataSource(), ledger.parties());
        eventStore = EmbeddedEventStore.builder()
                .storageEngine(EventStores.engine(seeded.dataSource()))
                .build();
        ScreeningService screening = Screenings.service(seeded.identityIndex(), new AxonPartyHistories(eventStore));
        Screenings.describe(screening, ledger.calls(), 64);
        Screenings.describeReads(seeded.identityIndex(), new AxonPartyHistories(eventStore), ledger.calls(), 64);
        measure(screening, ledger.calls());
    }

    @TearDown(Level.Trial)
    public void close() {
        eventStore.shutDown();
        seeded.close();
    }
}
