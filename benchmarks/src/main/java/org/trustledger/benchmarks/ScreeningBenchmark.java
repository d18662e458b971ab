package org.trustledger.benchmarks;

import java.util.concurrent.TimeUnit;
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
import org.trustledger.adapters.persistence.support.TestDatabases.Kind;
import org.trustledger.application.service.ScreeningService;
import org.trustledger.domain.screening.ScreeningResult;

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
public class ScreeningBenchmark {
    @Param({"100000"})
    public int parties;

    /** H2 (in memory) or POSTGRESQL (embedded), both from the persistence tests' {@code TestDatabases}. */
    @Param({"H2"})
    public Kind database;

    private SeededDatabase seeded;
    private ScreeningService screening;
    private Rotation knownPartyPhone;
    private Rotation renamedPartyAddress;
    private Rotation unknownCaller;
    private Rotation nameOnly;

    @Setup(Level.Trial)
    public void seed() {
        Ledger ledger = Ledger.generate(parties);
        seeded = SeededDatabase.of(database, ledger);
        screening = Screenings.service(seeded.identityIndex(), ledger);
        Screenings.requireIndexAsKeysSay(
                seeded.identityIndex(), seeded.identityKeys(), ledger.parties(), ledger.calls());
        Screenings.describe(screening, ledger.calls(), 256);
        knownPartyPhone = new Rotation(ledger.calls().knownPartyPhone());
        renamedPartyAddress = new Rotation(ledger.calls().renamedPartyAddress());
        unknownCaller = new Rotation(ledger.calls().unknownCaller());
        nameOnly = new Rotation(ledger.calls().nameOnly());
    }

    @TearDown(Level.Trial)
    public void close() {
        seeded.close();
    }

    /** Caller ID shows a known party's own number. */
    @Benchmark
    public ScreeningResult knownPartyPhone() {
        return screening.screen(knownPartyPhone.next(), Ledger.NOW);
    }

    /** A terminated reseller under its new name, giving its old address and building written another way. */
    @Benchmark
    public ScreeningResult renamedPartyAddress() {
        return screening.screen(renamedPartyAddress.next(), Ledger.NOW);
    }

    /** A business the ledger has never heard of, from a number no party has. */
    @Benchmark
    public ScreeningResult unknownCaller() {
        return screening.screen(unknownCaller.next(), Ledger.NOW);
    }

    /** Only a known company's name, its legal form said the other way round. */
    @Benchmark
    public ScreeningResult nameOnly() {
        return screening.screen(nameOnly.next(), Ledger.NOW);
    }
}
