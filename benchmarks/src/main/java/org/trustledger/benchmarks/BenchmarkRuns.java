package org.trustledger.benchmarks;

import static org.trustledger.benchmarks.Figures.CATCH_UP_GAPS;
import static org.trustledger.benchmarks.Figures.DISK_SYNC_WRITES;
import static org.trustledger.benchmarks.Figures.H2;
import static org.trustledger.benchmarks.Figures.HOT_PARTY;
import static org.trustledger.benchmarks.Figures.LOAD_AFTER;
import static org.trustledger.benchmarks.Figures.LOAD_BEFORE;
import static org.trustledger.benchmarks.Figures.POSTGRESQL;
import static org.trustledger.benchmarks.Figures.SECONDS;
import static org.trustledger.benchmarks.Figures.STARTED;
import static org.trustledger.benchmarks.Report.HEAP_HISTOGRAMS;
import static org.trustledger.benchmarks.ReportSettings.REBUILD_EVENTS;
import static org.trustledger.benchmarks.ReportSettings.REBUILD_PARTIES;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.trustledger.adapters.persistence.support.TestDatabases.Kind;
import org.trustledger.domain.screening.ScreeningRequest;

/**
 * Runs the report's benchmarks: JMH's through its Java API, each run's results written by JMH as a JSON file of its
 * own into a directory, in the order they ran; and what JMH does not measure (the product over HTTP, startup, the
 * heap) into figures of its own. Computes nothing: {@link Figures} reads the JSON files.
 */
final class BenchmarkRuns {
    private static final Logger LOG = LoggerFactory.getLogger(BenchmarkRuns.class);

    private final ReportSettings settings;
    private final Path results;
    /** What JMH does not measure, and the run's own facts (when it started, how long it took, the load). */
    private final Figures outsideJmh = new Figures();

    private final List<String> failures = new ArrayList<>();
    private int jmhRuns;

    /** Writes JMH's results into {@code results}, emptied of an earlier run's when {@link #measure} starts. */
    BenchmarkRuns(ReportSettings settings, Path results) {
        this.settings = settings;
        this.results = results;
    }

    /** The figures measured outside JMH. */
    Figures outsideJmh() {
        return outsideJmh;
    }

    /** What produced no result, to be named in the report. */
    List<String> failures() {
        return failures;
    }

    void measure() throws RunnerException, IOException {
        clear();
        Instant started = Instant.now();
        double loadBefore = Machine.loadAverage();
        for (int run = 1; run <= settings.runs(); run++) {
            LOG.info("run {} of {}", run, settings.runs());
            // Alternate which side of each pair goes first, so a machine that grows busier or quieter during a run
            // does not always favour the same side.
            boolean baselineFirst = run % 2 == 0;
            if (settings.extra().includes("writes")) {
                writes(baselineFirst);
            }
            // Screening with stored histories is measured beside its baseline, histories in memory, alternating.
            if (!baselineFirst && settings.extra().includes("stored")) {
                storedScreening();
            }
            if (settings.extra().includes("screening")) {
                screening(baselineFirst);
            }
            if (baselineFirst && settings.extra().includes("stored")) {
                storedScreening();
            }
            if (settings.extra().includes("history")) {
                historyLoads(baselineFirst);
            }
            if (settings.extra().includes("catch-up")) {
                catchUp(baselineFirst);
            }
            if (settings.extra().includes("authentication")) {
                authentication(baselineFirst);
            }
            if (settings.extra().includes("policy")) {
                trustPolicy();
            }
            if (settings.extra().includes("http")) {
                overHttp(baselineFirst);
            }
            if (settings.extra().includes("startup")) {
                startup(baselineFirst);
            }
            if (settings.extra().includes("rebuild")) {
                rebuilds(baselineFirst);
            }
        }
        if (settings.extra().includes("heap")) {
            heap();
        }
        double loadAfter = Machine.loadAverage();
        outsideJmh.record(STARTED, started.getEpochSecond());
        outsideJmh.record(SECONDS, Duration.between(started, Instant.now()).toSeconds());
        outsideJmh.record(LOAD_BEFORE, loadBefore);
        outsideJmh.record(LOAD_AFTER, loadAfter);
    }

    private void writes(boolean baselineFirst) throws RunnerException {
        for (int threads : new int[] {1, 8}) {
            for (String side : pair("command", "rawInsert", baselineFirst)) {
                run(
                        WriteBenchmark.class.getName() + "\\." + side + "$",
                        options -> options.threads(threads)
                                .mode(Mode.Throughput)
                                .timeUnit(TimeUnit.SECONDS)
                                .param("database", H2, POSTGRESQL),
                        "t" + threads);
            }
        }
    }

    private void screening(boolean baselineFirst) throws RunnerException {
        for (String side : pair("ScreeningBenchmark", "FullScanBaseline", baselineFirst)) {
            boolean subject = side.equals("ScreeningBenchmark");
            String pattern = "\\." + side + "\\.";
            if (!settings.parties().isEmpty()) {
                run(
                        pattern,
                        options -> {
                            options.mode(subject ? Mode.SampleTime : Mode.AverageTime)
                                    .timeUnit(TimeUnit.MICROSECONDS)
                                    .param("parties", settings.parties().toArray(String[]::new));
                            if (subject) {
                                options.param("database", H2);
                            }
                        },
                        "");
            }
            if (subject && !settings.postgresqlParties().isEmpty()) {
                run(
                        pattern,
                        options -> options.mode(Mode.SampleTime)
                                .timeUnit(TimeUnit.MICROSECONDS)
                                .param("parties", settings.postgresqlParties().toArray(String[]::new))
                                .param("database", POSTGRESQL),
                        "");
            }
        }
    }

    private void historyLoads(boolean baselineFirst) throws RunnerException {
        for (String snapshot : pair("true", "false", baselineFirst)) {
            run(
                    "\\.PartyLoadBenchmark\\.",
                    options -> options.mode(Mode.AverageTime)
                            .timeUnit(TimeUnit.MICROSECONDS)
                            .param("snapshot", snapshot)
                            .param("database", H2, POSTGRESQL),
                    "");
        }
    }

    /** B3: the catch-up with gaps and its baseline without, in separate forks, alternating which goes first. */
    private void catchUp(boolean baselineFirst) throws RunnerException {
        for (String gaps : pair(CATCH_UP_GAPS, "0", baselineFirst)) {
            run(
                    "\\.CatchUpBenchmark\\.",
                    options -> options.mode(Mode.Throughput)
                            .timeUnit(TimeUnit.SECONDS)
                            .param("gaps", gaps)
                            .param("database", H2, POSTGRESQL),
                    "");
        }
    }

    private void authentication(boolean baselineFirst) throws RunnerException {
        String name = Pattern.quote(AuthenticationBenchmark.class.getName());
        for (String side : pair("(basic|token)", "securityOff", baselineFirst)) {
            run(
                    name + "\\." + side + "$",
                    options -> options.mode(Mode.Throughput).timeUnit(TimeUnit.SECONDS),
                    "");
        }
    }

    private void trustPolicy() throws RunnerException {
        run(
                "\\.TrustPolicyBenchmark\\.",
                options -> options.mode(Mode.AverageTime).timeUnit(TimeUnit.MICROSECONDS),
                "");
    }

    // ---- over HTTP, histories from the event store, startup and heap ---------------------------------------------

    private final Map<String, Ledger> ledgers = new LinkedHashMap<>();
    private final Map<String, HttpBenchmarks.Target> targets = new LinkedHashMap<>();

    private Ledger ledger(int parties) {
        return ledgers.computeIfAbsent(Integer.toString(parties), size -> Ledger.generate(parties));
    }

    /** Screening with histories read from the event store, in-process, with allocation per call; H2 and PostgreSQL. */
    private void storedScreening() throws RunnerException {
        Map<String, List<String>> sizes = new LinkedHashMap<>();
        sizes.put(H2, settings.parties());
        sizes.put(POSTGRESQL, settings.postgresqlParties());
        for (var size : sizes.entrySet()) {
            if (size.getValue().isEmpty()) {
                continue;
            }
            ChainedOptionsBuilder options = new OptionsBuilder()
                    .include("\\.StoredHistoryScreeningBenchmark\\.")
                    .forks(1)
                    .warmupIterations(settings.warmups())
                    .warmupTime(TimeValue.seconds(settings.seconds()))
                    .measurementIterations(settings.iterations())
                    .measurementTime(TimeValue.seconds(settings.seconds()))
                    .mode(Mode.SampleTime)
                    .timeUnit(TimeUnit.MICROSECONDS)
                    .param("parties", size.getValue().toArray(String[]::new))
                    .param("database", size.getKey())
                    // JMH's -prof gc: bytes allocated per call, from the JVM's own per-thread allocation counters.
                    .addProfiler(GCProfiler.class)
                    .shouldFailOnError(false);
            if (jmh(options, "").isEmpty()) {
                failures.add("StoredHistoryScreeningBenchmark " + size.getKey());
            }
        }
    }

    /**
     * B1, B4 and B6 through the running product: per database, the product started on a seeded database, its
     * screening, writes and lag measured, the product stopped; the raw inserts into the same database before or
     * after it, alternating. Larger ledgers get a product of their own, for screening only.
     */
    private void overHttp(boolean baselineFirst) {
        Duration warmup = Duration.ofSeconds((long) settings.warmups() * settings.seconds());
        Duration measured = Duration.ofSeconds((long) settings.iterations() * settings.seconds());
        Map<String, List<String>> sizes = new LinkedHashMap<>();
        sizes.put(H2, settings.extra().httpParties());
        sizes.put(POSTGRESQL, settings.extra().httpPostgresqlParties());
        sizes.forEach((database, parties) -> {
            List<String> sorted = parties.stream()
                    .sorted(Comparator.comparingInt(Integer::parseInt))
                    .toList();
            for (String size : sorted) {
                boolean smallest = size.equals(sorted.getFirst());
                HttpBenchmarks.Target target = target(database, Integer.parseInt(size));
                String suffix = " database=" + database;
                try {
                    if (smallest && baselineFirst) {
                        rawInserts(target, suffix, warmup, measured);
                    }
                    try (RunningApplication app = RunningApplication.start(
                            target.database(),
                            appOptions("http-" + database.toLowerCase(Locale.ROOT) + "-" + size),
                            logFile("http-" + database.toLowerCase(Locale.ROOT) + "-" + size))) {
                        Ledger.Calls calls = ledger(Integer.parseInt(size)).calls();
                        Screenings.byName(calls).forEach((call, requests) -> {
                            HttpBenchmarks.Latencies latencies = HttpBenchmarks.screenings(
                                    app,
                                    requests,
                                    warmup,
                                    measured,
                                    settings.extra().httpWarmupCalls(),
                                    settings.extra().httpCalls());
                            String key = "HTTP.screening." + call + suffix + " parties=" + size;
                            outsideJmh.record(key + " p50", latencies.p50());
                            outsideJmh.record(key + " p99", latencies.p99());
                            outsideJmh.record(key, latencies.mean());
                            outsideJmh.record(key + " count", latencies.count());
                            outsideJmh.record(key + " cpu ms", latencies.cpuMillis());
                        });
                        if (smallest) {
                            for (int threads : new int[] {1, 8}) {
                                HttpBenchmarks.Rate rate = HttpBenchmarks.writes(
                                        app,
                                        threads,
                                        false,
                                        warmup,
                                        measured,
                                        settings.extra().httpWarmupCalls() / 2);
                                outsideJmh.record("HTTP.write" + suffix + " t" + threads, rate.perSecond());
                                outsideJmh.record("HTTP.write" + suffix + " t" + threads + " cpu ms", rate.cpuMillis());
                            }
                            HttpBenchmarks.Rate hot = HttpBenchmarks.writes(app, 8, true, warmup, measured, 0);
                            outsideJmh.record(HOT_PARTY + suffix, hot.perSecond());
                            outsideJmh.record(HOT_PARTY + suffix + " cpu ms", hot.cpuMillis());
                            lag(app, suffix);
                        }
                        // What the load left resident, and its peak: the memory a host must give the product.
                        RunningApplication.Resident resident = app.resident();
                        outsideJmh.record("HTTP.rss" + suffix + " parties=" + size + " bytes", resident.bytes());
                        outsideJmh.record(
                                "HTTP.rss" + suffix + " parties=" + size + " peak bytes", resident.peakBytes());
                    }
                    if (smallest && !baselineFirst) {
                        rawInserts(target, suffix, warmup, measured);
                    }
                } catch (RuntimeException e) {
                    LOG.error("the HTTP benchmarks on {} at {} parties failed", database, size, e);
                    failures.add("over HTTP, " + database + ", " + size + " parties");
                }
            }
        });
    }

    private HttpBenchmarks.Target target(String database, int parties) {
        return targets.computeIfAbsent(database + " " + parties, name -> {
            Kind kind = Kind.valueOf(database);
            Path dir = Path.of("benchmarks", "target", "http-data", database.toLowerCase(Locale.ROOT) + "-" + parties);
            return HttpBenchmarks.seeded(kind, dir, ledger(parties).parties());
        });
    }

    private void rawInserts(HttpBenchmarks.Target target, String suffix, Duration warmup, Duration measured) {
        if (target.kind() == Kind.H2) {
            outsideJmh.record(
                    DISK_SYNC_WRITES,
                    HttpBenchmarks.syncWritesPerSecond(
                            HttpBenchmarks.h2File(target).getParent(), measured));
        }
        for (int threads : new int[] {1, 8}) {
            outsideJmh.record(
                    "HTTP.rawInsert" + suffix + " t" + threads,
                    HttpBenchmarks.rawInserts(target, threads, warmup, measured).perSecond());
        }
    }

    /** B6 at half of the single-client write rate this run measured on the same database. */
    private void lag(RunningApplication app, String suffix) {
        List<Double> rates = outsideJmh.get("HTTP.write" + suffix + " t1");
        double rate = Math.max(1, rates.getLast() / 2);
        outsideJmh.record("HTTP.lag rate" + suffix, rate);
        HttpBenchmarks.Lag lag = HttpBenchmarks.lag(app, rate, settings.extra().lagWrites());
        lag.lag().forEach((view, latencies) -> {
            outsideJmh.record("HTTP.lag." + view + suffix + " p50", latencies.p50());
            outsideJmh.record("HTTP.lag." + view + suffix + " p99", latencies.p99());
            outsideJmh.record("HTTP.lag." + view + suffix + " count", latencies.count());
        });
        lag.read().forEach((view, latencies) -> {
            outsideJmh.record("HTTP.read." + view + suffix + " p50", latencies.p50());
            outsideJmh.record("HTTP.read." + view + suffix + " p99", latencies.p99());
        });
        lag.firstReadShowed()
                .forEach((view, share) -> outsideJmh.record("HTTP.lag." + view + suffix + " first", share));
    }

    /**
     * The product's first start on an empty embedded database as the README's first command runs it and as its
     * production section runs it (extracted, with the ahead-of-time cache of a training run), against the minimal
     * Spring Boot web application on the product's own jars (plain and with a cache of its own) and the bare JDK
     * server; in turn, each start's order rotated.
     */
    private void startup(boolean baselineFirst) {
        List<String> options = List.of(appHeap());
        StartupShapes.Shapes shapes;
        try {
            shapes = StartupShapes.prepare(RunningApplication.jar(), options);
        } catch (RuntimeException e) {
            LOG.error("extracting the jar or training the caches failed", e);
            failures.add("startup, extracting and training");
            return;
        }
        Path dataDir = Path.of("benchmarks", "target", "http-data", "startup");
        List<String> productCache = List.of(appHeap(), "-XX:AOTCache=" + shapes.productCache());
        List<String> minimalCache = List.of(appHeap(), "-XX:AOTCache=" + shapes.minimalCache());
        List<String> sides = List.of("product", "product-aot", "minimal", "minimal-aot", "bare");
        for (int i = 0; i < settings.extra().startups(); i++) {
            int first = (baselineFirst ? sides.size() - 1 : 0) + i;
            for (int k = 0; k < sides.size(); k++) {
                String side = sides.get((first + k) % sides.size());
                try {
                    HttpBenchmarks.Startup start = switch (side) {
                        case "product" ->
                            HttpBenchmarks.productStartup(
                                    dataDir, RunningApplication.jar(), options, logFile("startup-product"));
                        case "product-aot" ->
                            HttpBenchmarks.productStartup(
                                    dataDir, shapes.productJar(), productCache, logFile("startup-product-aot"));
                        case "minimal" ->
                            HttpBenchmarks.minimalStartup(shapes.minimalJar(), options, logFile("startup-minimal"));
                        case "minimal-aot" ->
                            HttpBenchmarks.minimalStartup(
                                    shapes.minimalJar(), minimalCache, logFile("startup-minimal-aot"));
                        default -> HttpBenchmarks.bareStartup(options, logFile("startup-bare"));
                    };
                    outsideJmh.record("Startup." + side + " ms", start.nanos() / 1e6);
                    outsideJmh.record("Startup." + side + " cpu ms", start.cpuNanos() / 1e6);
                    outsideJmh.record(
                            "Startup." + side + " rss bytes", start.resident().bytes());
                } catch (RuntimeException e) {
                    LOG.error("a {} start failed", side, e);
                    failures.add("startup, " + side);
                }
            }
        }
    }

    /**
     * Once a report: the product on an H2 file database of {@code --heap-parties} parties and {@code --heap-events}
     * events, and on an empty one, each used for a moment, then the heap in use after a full collection.
     */
    private void heap() {
        try {
            Ledger ledger = ledger(settings.extra().heapParties());
            List<Ledger.Party> padded =
                    StoredLedger.padded(ledger.parties(), settings.extra().heapEvents());
            outsideJmh.record(
                    "Heap.events",
                    padded.stream().mapToLong(p -> p.history().size()).sum());
            outsideJmh.record("Heap.parties", padded.size());
            List<ScreeningRequest> calls = new ArrayList<>();
            Screenings.byName(ledger.calls()).values().forEach(requests -> calls.addAll(requests.subList(0, 50)));
            List<String> ids = padded.subList(0, Math.min(200, padded.size())).stream()
                    .map(p -> p.view().partyId().toString())
                    .toList();
            List<String> histograms = new ArrayList<>();
            for (String side : List.of("ledger", "empty")) {
                List<Ledger.Party> parties = side.equals("ledger") ? padded : List.of();
                HttpBenchmarks.Target target = HttpBenchmarks.seeded(
                        Kind.H2, Path.of("benchmarks", "target", "http-data", "heap-" + side), parties);
                // No flight recording here: what it keeps would be counted with what the product holds.
                try (RunningApplication app =
                        RunningApplication.start(target.database(), List.of(appHeap()), logFile("heap-" + side))) {
                    HttpBenchmarks.HeapUse use =
                            HttpBenchmarks.heap(app, calls, side.equals("ledger") ? ids : List.of(), HISTOGRAM_LINES);
                    RunningApplication.Resident resident = app.resident();
                    outsideJmh.record("Heap." + side + " rss bytes", resident.bytes());
                    outsideJmh.record("Heap." + side + " peak rss bytes", resident.peakBytes());
                    outsideJmh.record("Heap." + side + " bytes", use.usedBytes());
                    outsideJmh.record("Heap." + side + " live bytes", use.liveBytes());
                    histograms.add("## " + side);
                    histograms.addAll(use.histogram());
                }
            }
            Files.write(HEAP_HISTOGRAMS, histograms, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            LOG.error("the heap measurement failed", e);
            failures.add("heap after a large load");
        }
    }

    /** The product's heap limit, {@code --app-heap}: by default the one its README gives for production. */
    private String appHeap() {
        return "-Xmx" + settings.extra().appHeap();
    }

    private static final int HISTOGRAM_LINES = 12;

    /** The product's JVM options: its heap limit, and a flight recording when asked for. */
    private List<String> appOptions(String name) {
        List<String> options = new ArrayList<>();
        options.add(appHeap());
        if (settings.extra().appJfr()) {
            // Spring's filter chain alone is deeper than the recorder's default 64 frames.
            options.add("-XX:FlightRecorderOptions:stackdepth=512");
            Path recordings = Path.of("benchmarks", "target", "jfr");
            try {
                Files.createDirectories(recordings);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException("cannot create " + recordings, e);
            }
            options.add("-XX:StartFlightRecording=filename="
                    + recordings.resolve(name + ".jfr").toAbsolutePath() + ",settings=profile");
        }
        return options;
    }

    private static Path logFile(String name) {
        return Path.of("benchmarks", "target", "app-logs", name + ".log");
    }

    private static List<String> pair(String subject, String baseline, boolean baselineFirst) {
        return baselineFirst ? List.of(baseline, subject) : List.of(subject, baseline);
    }

    private void rebuilds(boolean baselineFirst) throws RunnerException {
        for (String side : pair("rebuild", "rawReplay", baselineFirst)) {
            run(
                    "\\.RebuildBenchmark\\." + side + "$",
                    options -> options.mode(Mode.SingleShotTime)
                            .timeUnit(TimeUnit.SECONDS)
                            .warmupIterations(1)
                            .measurementIterations(Math.max(1, settings.iterations() - 1))
                            .param("database", H2, POSTGRESQL)
                            .param("events", REBUILD_EVENTS)
                            .param("parties", REBUILD_PARTIES),
                    "");
        }
    }

    /** Only this run's results: files left from an earlier run would be read as this run's. */
    private void clear() throws IOException {
        if (!Files.isDirectory(results)) {
            return;
        }
        try (Stream<Path> files = Files.list(results)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                Files.delete(file);
            }
        }
    }

    private void run(String include, Consumer<ChainedOptionsBuilder> configure, String suffix) throws RunnerException {
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include(include)
                .forks(1)
                .warmupIterations(settings.warmups())
                .warmupTime(TimeValue.seconds(settings.seconds()))
                .measurementIterations(settings.iterations())
                .measurementTime(TimeValue.seconds(settings.seconds()))
                .shouldFailOnError(false);
        configure.accept(options);
        if (jmh(options, suffix).isEmpty()) {
            failures.add(include + (suffix.isEmpty() ? "" : " " + suffix));
        }
    }

    /**
     * Runs JMH, which writes its results into the next numbered file; a suffix that the results do not hold (the thread
     * count a run was given) goes into the file's name, after the number, for {@link Figures#readJmhResults}.
     */
    private Collection<RunResult> jmh(ChainedOptionsBuilder options, String suffix) throws RunnerException {
        jmhRuns++;
        Path file = results.resolve(
                String.format(Locale.ROOT, "%04d", jmhRuns) + (suffix.isEmpty() ? "" : " " + suffix) + ".json");
        try {
            Files.createDirectories(results);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot create " + results, e);
        }
        options.resultFormat(ResultFormatType.JSON).result(file.toString());
        return new Runner(options.build()).run();
    }
}
