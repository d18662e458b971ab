package org.trustledger.benchmarks;

import java.util.concurrent.TimeUnit;
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
import org.trustledger.application.service.ScreeningService;

/**
 * {@code ScreeningService.screen} as the product runs it: candidates from the real identity-key index in a real
 * database holding {@code parties} parties, histories from memory, the real trust policy and screening rules.
 */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.AverageTime, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class ScreeningBenchmark extends ScreeningCalls {
    @Param({"100000"})
    public int parties;

    /** H2 (in memory) or POSTGRESQL (embedded), both from the persistence tests' {@code TestDatabases}. */
    @Param({"H2"})
    public Kind database;

    private SeededDatabase seeded;

    @Setup(Level.Trial)
    public void seed() {
        Ledger ledger = Ledger.generate(parties);
        seeded = SeededDatabase.of(database, ledger);
        ScreeningService screening = Screenings.service(seeded.identityIndex(), ledger);
        Screenings.requireIndexAsKeysSay(
                seeded.identityIndex(), seeded.identityKeys(), ledger.parties(), ledger.calls());
        Screenings.describe(screening, ledger.calls(), 256);
        measure(screening, ledger.calls());
    }

    @TearDown(Level.Trial)
    public void close() {
        seeded.close();
    }
}
