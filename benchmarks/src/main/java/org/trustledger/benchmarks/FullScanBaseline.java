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
import org.openjdk.jmh.annotations.Warmup;
import org.trustledger.application.service.ScreeningService;
import org.trustledger.domain.screening.ScreeningResult;

/**
 * The baseline for {@link ScreeningBenchmark}: the same calls over the same generated parties, screened by the same
 * service, but with candidates found by scanning every party instead of looking keys up. One call takes long enough
 * that a few short iterations say all there is to say.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class FullScanBaseline {
    @Param({"100000"})
    public int parties;

    private ScreeningService screening;
    private Rotation knownPartyPhone;
    private Rotation renamedPartyAddress;
    private Rotation unknownCaller;
    private Rotation nameOnly;

    @Setup(Level.Trial)
    public void generate() {
        Ledger ledger = Ledger.generate(parties);
        screening = Screenings.service(new ScanningIdentityIndex(ledger.parties()), ledger);
        knownPartyPhone = new Rotation(ledger.calls().knownPartyPhone());
        renamedPartyAddress = new Rotation(ledger.calls().renamedPartyAddress());
        unknownCaller = new Rotation(ledger.calls().unknownCaller());
        nameOnly = new Rotation(ledger.calls().nameOnly());
    }

    @Benchmark
    public ScreeningResult knownPartyPhone() {
        return screening.screen(knownPartyPhone.next(), Ledger.NOW);
    }

    @Benchmark
    public ScreeningResult renamedPartyAddress() {
        return screening.screen(renamedPartyAddress.next(), Ledger.NOW);
    }

    @Benchmark
    public ScreeningResult unknownCaller() {
        return screening.screen(unknownCaller.next(), Ledger.NOW);
    }

    @Benchmark
    public ScreeningResult nameOnly() {
        return screening.screen(nameOnly.next(), Ledger.NOW);
    }
}
