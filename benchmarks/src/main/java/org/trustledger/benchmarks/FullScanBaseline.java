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
import org.openjdk.jmh.annotations.Warmup;

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
public class FullScanBaseline extends ScreeningCalls {
    @Param({"100000"})
    public int parties;

    @Setup(Level.Trial)
    public void generate() {
        Ledger ledger = Ledger.generate(parties);
        measure(Screenings.service(new ScanningIdentityIndex(ledger.parties()), ledger), ledger.calls());
    }
}
