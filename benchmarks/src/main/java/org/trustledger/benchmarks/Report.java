package org.trustledger.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.util.Version;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.trustledger.adapters.persistence.support.TestDatabases.Kind;
import org.trustledger.adapters.web.security.AuthenticationBenchmark;
import org.trustledger.domain.screening.ScreeningRequest;

/**
 * Runs the benchmarks through JMH's Java API and writes {@code BENCHMARKS.md}: every figure beside a baseline measured
 * in the same run, as a ratio, the median of several runs in which figure and baseline alternate, and the spread.
 *
 * <p>Options: {@code --runs N} (3), {@code --warmups N} (2), {@code --iterations N} (3), {@code --seconds N} (1, the
 * length of each iteration), {@code --parties 1000,100000} (screening on H2), {@code --postgresql-parties 1000}
 * (screening on PostgreSQL; an empty list leaves it out), {@code --output BENCHMARKS.md}, {@code --note text} (a
 * sentence about the run, such as what else the machine was doing), {@code --figures
 * benchmarks/target/report-figures.tsv} (write the report again from the figures a run kept, measuring nothing).
 */
public final class Report {
    private static final Logger LOG = LoggerFactory.getLogger(Report.class);
    private static final String H2 = "H2";
    private static final String POSTGRESQL = "POSTGRESQL";
    private static final List<String> CALLS =
            List.of("unknownCaller", "knownPartyPhone", "nameOnly", "renamedPartyAddress");

    /** B3's open gaps in the global index. */
    private static final String CATCH_UP_GAPS = "50";

    private static final String STARTED = "~started";
    private static final String SECONDS = "~seconds";
    private static final String LOAD_BEFORE = "~load before";
    private static final String LOAD_AFTER = "~load after";

    private final Settings settings;
    /** Per figure (benchmark, parameters, threads, statistic), its value in each run, in run order. */
    private final Map<String, List<Double>> figures = new TreeMap<>();

    private final List<String> failures = new ArrayList<>();

    private Report(Settings settings) {
        this.settings = settings;
    }

    /** Runs everything, then writes the report; see the class comment for the options. */
    public static void main(String[] args) throws RunnerException, IOException {
        Settings settings = Settings.parse(args);
        Report report = new Report(settings);
        if (settings.figures.isPresent()) {
            // Writes the report again from the figures of an earlier run, without measuring anything.
            report.read(settings.figures.get());
        } else {
            report.measure();
            report.save(Path.of("benchmarks", "target", "report-figures.tsv"));
        }
        Files.writeString(settings.output, report.markdown(), StandardCharsets.UTF_8);
        LOG.info("wrote {}", settings.output.toAbsolutePath());
    }

    private void measure() throws RunnerException {
        Instant started = Instant.now();
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        for (int run = 1; run <= settings.runs; run++) {
            LOG.info("run {} of {}", run, settings.runs);
            // Alternate which side of each pair goes first, so a machine that grows busier or quieter during a run
            // does not always favour the same side.
            boolean baselineFirst = run % 2 == 0;
            if (settings.extra.includes("writes")) {
                writes(baselineFirst);
            }
            // Screening with stored histories is measured beside its baseline, histories in memory, alternating.
            if (!baselineFirst && settings.extra.includes("stored")) {
                storedScreening();
            }
            if (settings.extra.includes("screening")) {
                screening(baselineFirst);
            }
            if (baselineFirst && settings.extra.includes("stored")) {
                storedScreening();
            }
            if (settings.extra.includes("history")) {
                historyLoads(baselineFirst);
            }
            if (settings.extra.includes("catch-up")) {
                catchUp(baselineFirst);
            }
            if (settings.extra.includes("authentication")) {
                authentication(baselineFirst);
            }
            if (settings.extra.includes("policy")) {
                trustPolicy();
            }
            if (settings.extra.includes("http")) {
                overHttp(baselineFirst);
            }
            if (settings.extra.includes("startup")) {
                startup(baselineFirst);
            }
            if (settings.extra.includes("rebuild")) {
                rebuilds(baselineFirst);
            }
        }
        if (settings.extra.includes("heap")) {
            heap();
        }
        double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        record(STARTED, started.getEpochSecond());
        record(SECONDS, Duration.between(started, Instant.now()).toSeconds());
        record(LOAD_BEFORE, loadBefore);
        record(LOAD_AFTER, loadAfter);
    }

    /** One line a figure: its key, then its value in each run, tab-separated. */
    private void save(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        List<String> lines = new ArrayList<>();
        figures.forEach((key, values) -> lines.add(key + "\t"
                + String.join("\t", values.stream().map(String::valueOf).toList())));
        Files.write(file, lines, StandardCharsets.UTF_8);
        LOG.info("kept the figures in {}", file.toAbsolutePath());
    }

    private void read(Path file) throws IOException {
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] fields = line.split("\t");
            for (int i = 1; i < fields.length; i++) {
                record(fields[0], Double.parseDouble(fields[i]));
            }
        }
    }

    // ---- running ---------------------------------------------------------------------------------------------------

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
            if (!settings.parties.isEmpty()) {
                run(
                        pattern,
                        options -> {
                            options.mode(subject ? Mode.SampleTime : Mode.AverageTime)
                                    .timeUnit(TimeUnit.MICROSECONDS)
                                    .param("parties", settings.parties.toArray(String[]::new));
                            if (subject) {
                                options.param("database", H2);
                            }
                        },
                        "");
            }
            if (subject && !settings.postgresqlParties.isEmpty()) {
                run(
                        pattern,
                        options -> options.mode(Mode.SampleTime)
                                .timeUnit(TimeUnit.MICROSECONDS)
                                .param("parties", settings.postgresqlParties.toArray(String[]::new))
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

    // ---- running: over HTTP, histories from the event store, startup and heap
    // ----------------------------------------

    private final Map<String, Ledger> ledgers = new LinkedHashMap<>();
    private final Map<String, HttpBenchmarks.Target> targets = new LinkedHashMap<>();

    private Ledger ledger(int parties) {
        return ledgers.computeIfAbsent(Integer.toString(parties), size -> Ledger.generate(parties));
    }

    /** Screening with histories read from the event store, in-process, with allocation per call; H2 and PostgreSQL. */
    private void storedScreening() throws RunnerException {
        Map<String, List<String>> sizes = new LinkedHashMap<>();
        sizes.put(H2, settings.parties);
        sizes.put(POSTGRESQL, settings.postgresqlParties);
        for (var size : sizes.entrySet()) {
            if (size.getValue().isEmpty()) {
                continue;
            }
            ChainedOptionsBuilder options = new OptionsBuilder()
                    .include("\\.StoredHistoryScreeningBenchmark\\.")
                    .forks(1)
                    .warmupIterations(settings.warmups)
                    .warmupTime(TimeValue.seconds(settings.seconds))
                    .measurementIterations(settings.iterations)
                    .measurementTime(TimeValue.seconds(settings.seconds))
                    .mode(Mode.SampleTime)
                    .timeUnit(TimeUnit.MICROSECONDS)
                    .param("parties", size.getValue().toArray(String[]::new))
                    .param("database", size.getKey())
                    // JMH's -prof gc: bytes allocated per call, from the JVM's own per-thread allocation counters.
                    .addProfiler(GCProfiler.class)
                    .shouldFailOnError(false);
            Collection<RunResult> results = new Runner(options.build()).run();
            if (results.isEmpty()) {
                failures.add("StoredHistoryScreeningBenchmark " + size.getKey());
            }
            for (RunResult result : results) {
                String key = key(result, "");
                var primary = result.getPrimaryResult();
                record(key, primary.getScore());
                record(key + " p50", primary.getStatistics().getPercentile(50));
                record(key + " p99", primary.getStatistics().getPercentile(99));
                result.getSecondaryResults().forEach((label, secondary) -> {
                    if (label.endsWith("gc.alloc.rate.norm")) {
                        record(key + " alloc", secondary.getScore());
                    }
                });
            }
        }
    }

    /**
     * B1, B4 and B6 through the running product: per database, the product started on a seeded database, its
     * screening, writes and lag measured, the product stopped; the raw inserts into the same database before or
     * after it, alternating. Larger ledgers get a product of their own, for screening only.
     */
    private void overHttp(boolean baselineFirst) {
        Duration warmup = Duration.ofSeconds((long) settings.warmups * settings.seconds);
        Duration measured = Duration.ofSeconds((long) settings.iterations * settings.seconds);
        Map<String, List<String>> sizes = new LinkedHashMap<>();
        sizes.put(H2, settings.extra.httpParties);
        sizes.put(POSTGRESQL, settings.extra.httpPostgresqlParties);
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
                                    settings.extra.httpWarmupCalls,
                                    settings.extra.httpCalls);
                            String key = "HTTP.screening." + call + suffix + " parties=" + size;
                            record(key + " p50", latencies.p50());
                            record(key + " p99", latencies.p99());
                            record(key, latencies.mean());
                            record(key + " count", latencies.count());
                            record(key + " cpu ms", latencies.cpuMillis());
                        });
                        if (smallest) {
                            for (int threads : new int[] {1, 8}) {
                                HttpBenchmarks.Rate rate = HttpBenchmarks.writes(
                                        app, threads, false, warmup, measured, settings.extra.httpWarmupCalls / 2);
                                record("HTTP.write" + suffix + " t" + threads, rate.perSecond());
                                record("HTTP.write" + suffix + " t" + threads + " cpu ms", rate.cpuMillis());
                            }
                            HttpBenchmarks.Rate hot = HttpBenchmarks.writes(app, 8, true, warmup, measured, 0);
                            record(HOT_PARTY + suffix, hot.perSecond());
                            record(HOT_PARTY + suffix + " cpu ms", hot.cpuMillis());
                            lag(app, suffix);
                        }
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
            record(
                    DISK_SYNC_WRITES,
                    HttpBenchmarks.syncWritesPerSecond(
                            HttpBenchmarks.h2File(target).getParent(), measured));
        }
        for (int threads : new int[] {1, 8}) {
            record(
                    "HTTP.rawInsert" + suffix + " t" + threads,
                    HttpBenchmarks.rawInserts(target, threads, warmup, measured).perSecond());
        }
    }

    /** B6 at half of the single-client write rate this run measured on the same database. */
    private void lag(RunningApplication app, String suffix) {
        List<Double> rates = figures.get("HTTP.write" + suffix + " t1");
        double rate = Math.max(1, rates.getLast() / 2);
        record("HTTP.lag rate" + suffix, rate);
        HttpBenchmarks.Lag lag = HttpBenchmarks.lag(app, rate, settings.extra.lagWrites);
        lag.lag().forEach((view, latencies) -> {
            record("HTTP.lag." + view + suffix + " p50", latencies.p50());
            record("HTTP.lag." + view + suffix + " p99", latencies.p99());
            record("HTTP.lag." + view + suffix + " count", latencies.count());
        });
        lag.read().forEach((view, latencies) -> {
            record("HTTP.read." + view + suffix + " p50", latencies.p50());
            record("HTTP.read." + view + suffix + " p99", latencies.p99());
        });
        lag.firstReadShowed().forEach((view, share) -> record("HTTP.lag." + view + suffix + " first", share));
    }

    /** The product's first start on an empty embedded database, against the bare JDK server, alternating. */
    private void startup(boolean baselineFirst) {
        List<String> options = List.of(APP_HEAP);
        for (int i = 0; i < settings.extra.startups; i++) {
            boolean bareFirst = baselineFirst ^ (i % 2 == 1);
            for (String side : pair("product", "bare", bareFirst)) {
                try {
                    long nanos = side.equals("product")
                            ? HttpBenchmarks.productStartup(
                                    Path.of("benchmarks", "target", "http-data", "startup"),
                                    options,
                                    logFile("startup-product"))
                            : HttpBenchmarks.bareStartup(options, logFile("startup-bare"));
                    record("Startup." + side + " ms", nanos / 1e6);
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
            Ledger ledger = ledger(settings.extra.heapParties);
            List<Ledger.Party> padded = StoredLedger.padded(ledger.parties(), settings.extra.heapEvents);
            record(
                    "Heap.events",
                    padded.stream().mapToLong(p -> p.history().size()).sum());
            record("Heap.parties", padded.size());
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
                        RunningApplication.start(target.database(), List.of(APP_HEAP), logFile("heap-" + side))) {
                    HttpBenchmarks.HeapUse use =
                            HttpBenchmarks.heap(app, calls, side.equals("ledger") ? ids : List.of(), HISTOGRAM_LINES);
                    record("Heap." + side + " bytes", use.usedBytes());
                    record("Heap." + side + " live bytes", use.liveBytes());
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

    private static final String APP_HEAP = "-Xmx2g";
    private static final int HISTOGRAM_LINES = 12;
    private static final Path HEAP_HISTOGRAMS = Path.of("benchmarks", "target", "report-heap-histograms.txt");

    /** The product's JVM options: the same heap limit as the JMH forks, and a flight recording when asked for. */
    private List<String> appOptions(String name) {
        List<String> options = new ArrayList<>();
        options.add(APP_HEAP);
        if (settings.extra.appJfr) {
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

    private void run(String include, Consumer<ChainedOptionsBuilder> configure, String suffix) throws RunnerException {
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include(include)
                .forks(1)
                .warmupIterations(settings.warmups)
                .warmupTime(TimeValue.seconds(settings.seconds))
                .measurementIterations(settings.iterations)
                .measurementTime(TimeValue.seconds(settings.seconds))
                .shouldFailOnError(false);
        configure.accept(options);
        Collection<RunResult> results = new Runner(options.build()).run();
        if (results.isEmpty()) {
            failures.add(include + (suffix.isEmpty() ? "" : " " + suffix));
        }
        for (RunResult result : results) {
            String key = key(result, suffix);
            var primary = result.getPrimaryResult();
            record(key, primary.getScore());
            if (result.getParams().getMode() == Mode.SampleTime) {
                record(key + " p50", primary.getStatistics().getPercentile(50));
                record(key + " p99", primary.getStatistics().getPercentile(99));
            }
        }
    }

    private void record(String key, double value) {
        figures.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
    }

    /** {@code Class.method}, its parameters in name order, and the thread count when one was given. */
    private static String key(RunResult result, String suffix) {
        var params = result.getParams();
        String benchmark = params.getBenchmark();
        String[] parts = benchmark.split("\\.");
        StringBuilder key = new StringBuilder(parts[parts.length - 2] + "." + parts[parts.length - 1]);
        new TreeMap<>(params.getParamsKeys().stream()
                        .collect(java.util.stream.Collectors.toMap(k -> k, params::getParam)))
                .forEach((name, value) ->
                        key.append(' ').append(name).append('=').append(value));
        if (!suffix.isEmpty()) {
            key.append(' ').append(suffix);
        }
        return key.toString();
    }

    // ---- figures ---------------------------------------------------------------------------------------------------

    /** A figure's median over the runs and its spread (lowest to highest), or nothing when it was not measured. */
    private record Summary(double median, double low, double high, int runs) {
        static Summary of(List<Double> values) {
            if (values == null || values.isEmpty()) {
                return null;
            }
            double[] sorted =
                    values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            int n = sorted.length;
            double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
            return new Summary(median, sorted[0], sorted[n - 1], n);
        }
    }

    private Summary figure(String key) {
        return Summary.of(figures.get(key));
    }

    /** The ratio of two figures worked out run by run, each from the same run, then summarised. */
    private Summary ratio(String numerator, String denominator) {
        List<Double> top = figures.get(numerator);
        List<Double> bottom = figures.get(denominator);
        if (top == null || bottom == null) {
            return null;
        }
        List<Double> ratios = new ArrayList<>();
        for (int i = 0; i < Math.min(top.size(), bottom.size()); i++) {
            ratios.add(top.get(i) / bottom.get(i));
        }
        return Summary.of(ratios);
    }

    private static String number(double value) {
        double magnitude = Math.abs(value);
        if (magnitude >= 100) {
            return String.format(Locale.ROOT, "%,.0f", value).replace(',', ' ');
        }
        if (magnitude >= 10) {
            return String.format(Locale.ROOT, "%.1f", value);
        }
        if (magnitude >= 0.01) {
            return String.format(Locale.ROOT, "%.3g", value);
        }
        return String.format(Locale.ROOT, "%.2e", value);
    }

    private static String show(Summary summary) {
        if (summary == null) {
            return "not measured";
        }
        if (summary.runs == 1) {
            return number(summary.median);
        }
        return number(summary.median) + " (" + number(summary.low) + "–" + number(summary.high) + ")";
    }

    /** Microseconds as milliseconds, the unit the targets speak in. */
    private static Summary millis(Summary micros) {
        return micros == null
                ? null
                : new Summary(micros.median / 1000, micros.low / 1000, micros.high / 1000, micros.runs);
    }

    // ---- the report ------------------------------------------------------------------------------------------------

    private final List<String> misses = new ArrayList<>();

    private void verdict(String figure, Summary value, boolean meets, String target, String limit) {
        if (value != null && !meets) {
            misses.add("- **" + figure + "**: " + show(value) + ", target " + target + ". " + limit);
        }
    }

    private String markdown() {
        Instant started = Instant.ofEpochSecond(figures.get(STARTED).getFirst().longValue());
        Duration took = Duration.ofSeconds(figures.get(SECONDS).getFirst().longValue());
        double loadBefore = figures.get(LOAD_BEFORE).getFirst();
        double loadAfter = figures.get(LOAD_AFTER).getFirst();
        StringBuilder md = new StringBuilder();
        md.append("# Benchmarks\n\n")
                .append(
                        "Written by `benchmarks/run.sh` (see [benchmarks/README.md](benchmarks/README.md#the-report)); ")
                .append("do not edit by hand. Every figure stands beside a baseline measured in the same run, as a ")
                .append("ratio; each cell is the median of the runs, with the lowest and highest in brackets. Each ")
                .append("run measures a figure and its baseline one after the other, alternating which goes first. ")
                .append("Nothing here fails a build.\n\n");
        if (settings.runs < 3 || settings.iterations < 3) {
            md.append("**A short run**: ")
                    .append(settings.runs)
                    .append(settings.runs == 1 ? " run" : " runs")
                    .append(" of ")
                    .append(settings.iterations)
                    .append(" measured iterations, fewer than a full run's 3 of 3")
                    .append(settings.note.isEmpty() ? "" : "; " + settings.note)
                    .append(". Read the figures as an order of magnitude.\n\n");
        } else if (!settings.note.isEmpty()) {
            md.append(settings.note).append("\n\n");
        }
        machine(md, started, took, loadBefore, loadAfter);
        writes(md);
        screening(md);
        historyLoads(md);
        catchUp(md);
        authentication(md);
        trustPolicy(md);
        rebuilds(md);
        httpWrites(md);
        storedScreening(md);
        lag(md);
        startup(md);
        heap(md);
        md.append("## Figures that miss their target\n\n");
        if (misses.isEmpty()) {
            md.append("None of the figures measured here misses its target.\n\n");
        } else {
            misses.forEach(line -> md.append(line).append('\n'));
            md.append('\n');
        }
        if (!failures.isEmpty()) {
            md.append("These runs produced no result (see the command's output): ")
                    .append(String.join(
                            ", ", failures.stream().map(f -> "`" + f + "`").toList()))
                    .append(".\n");
        }
        return md.toString();
    }

    private void machine(StringBuilder md, Instant started, Duration took, double loadBefore, double loadAfter) {
        Runtime runtime = Runtime.getRuntime();
        md.append("## Machine and settings\n\n")
                .append("| | |\n| --- | --- |\n")
                .append("| started | ")
                .append(started.truncatedTo(ChronoUnit.SECONDS))
                .append(", took ")
                .append(took.toMinutes())
                .append(" min ")
                .append(took.toSecondsPart())
                .append(" s |\n")
                .append("| processor | ")
                .append(cpuModel())
                .append(", ")
                .append(runtime.availableProcessors())
                .append(" available to the JVM |\n")
                .append("| memory | ")
                .append(memory())
                .append(" |\n")
                .append("| system | ")
                .append(System.getProperty("os.name"))
                .append(' ')
                .append(System.getProperty("os.version"))
                .append(' ')
                .append(System.getProperty("os.arch"))
                .append(" |\n")
                .append("| load average | ")
                .append(String.format(Locale.ROOT, "%.2f before, %.2f after", loadBefore, loadAfter))
                .append(" |\n")
                .append("| Java | ")
                .append(System.getProperty("java.vm.vendor"))
                .append(' ')
                .append(System.getProperty("java.vm.name"))
                .append(' ')
                .append(System.getProperty("java.runtime.version"))
                .append(" |\n")
                .append("| JMH | ")
                .append(Version.getPlainVersion())
                .append(", 1 fork a benchmark |\n")
                .append("| runs | ")
                .append(settings.runs)
                .append(", each ")
                .append(settings.warmups)
                .append(" warm-up and ")
                .append(settings.iterations)
                .append(" measured iterations of ")
                .append(settings.seconds)
                .append(" s |\n")
                .append("| databases | H2 in memory; PostgreSQL 17, embedded, started by the benchmarks |\n\n");
    }

    private static String cpuModel() {
        try (Stream<String> lines = Files.lines(Path.of("/proc/cpuinfo"))) {
            return lines.filter(line -> line.startsWith("model name"))
                    .map(line -> line.substring(line.indexOf(':') + 1).trim())
                    .findFirst()
                    .orElse("unknown processor");
        } catch (IOException | RuntimeException e) {
            return "unknown processor";
        }
    }

    private static String memory() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return String.format(Locale.ROOT, "%.1f GB", os.getTotalMemorySize() / 1e9);
        }
        return "unknown";
    }

    private void writes(StringBuilder md) {
        md.append("## B1 writes, in-process\n\n")
                .append("A command recording an interaction (`IdentifyCaller`) through Axon's command bus, the party ")
                .append("aggregate and the product's JDBC event store (`WriteBenchmark.command`), ÷ a raw JDBC ")
                .append("single-row `INSERT` + `COMMIT` into the same `domain_event_entry` table of the same database ")
                .append("(`WriteBenchmark.rawInsert`). Each thread writes to 200 parties of its own. The command ")
                .append("path here leaves out the read-model projections the product updates in the same ")
                .append("transaction. Target ≥ 0.5.\n\n")
                .append("| database | threads | commands/s | raw inserts/s | ratio |\n")
                .append("| --- | ---: | ---: | ---: | ---: |\n");
        for (String database : List.of(H2, POSTGRESQL)) {
            for (int threads : new int[] {1, 8}) {
                String suffix = " database=" + database + " t" + threads;
                String command = "WriteBenchmark.command" + suffix;
                String raw = "WriteBenchmark.rawInsert" + suffix;
                Summary ratio = ratio(command, raw);
                md.append("| ")
                        .append(database)
                        .append(" | ")
                        .append(threads)
                        .append(" | ")
                        .append(show(figure(command)))
                        .append(" | ")
                        .append(show(figure(raw)))
                        .append(" | ")
                        .append(show(ratio))
                        .append(" |\n");
                verdict(
                        "B1 writes, " + database + ", " + threads + " thread" + (threads == 1 ? "" : "s"),
                        ratio,
                        ratio == null || ratio.median >= 0.5,
                        "≥ 0.5",
                        "Profiled (benchmarks/README.md, Where a command's time goes): about three quarters of a"
                                + " command is loading the party, replaying the events since its last snapshot;"
                                + " the raw insert is one statement.");
            }
        }
        md.append('\n');
    }

    private void screening(StringBuilder md) {
        md.append("## B4 screening, in-process\n\n")
                .append("`ScreeningService.screen` with candidates from the product's identity-key index in the ")
                .append("database and histories from memory (see [benchmarks/README.md](benchmarks/README.md)), in ")
                .append("SampleTime. The baseline is the same service finding candidates by scanning every party ")
                .append("(`FullScanBaseline`, AverageTime). Targets: p99 ≤ 20 ms at 100 000 parties, and p99 at the ")
                .append("largest ÷ p99 at the smallest ≤ 1.5.\n\n")
                .append("| database | parties | call | p50 ms | p99 ms | mean ms | full scan ms | scan ÷ index |\n")
                .append("| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: |\n");
        Map<String, List<String>> sizes = new LinkedHashMap<>();
        sizes.put(H2, settings.parties);
        sizes.put(POSTGRESQL, settings.postgresqlParties);
        sizes.forEach((database, parties) -> {
            for (String size : parties) {
                for (String call : CALLS) {
                    String key = "ScreeningBenchmark." + call + " database=" + database + " parties=" + size;
                    String scan = "FullScanBaseline." + call + " parties=" + size;
                    md.append("| ")
                            .append(database)
                            .append(" | ")
                            .append(size)
                            .append(" | `")
                            .append(call)
                            .append("` | ")
                            .append(show(millis(figure(key + " p50"))))
                            .append(" | ")
                            .append(show(millis(figure(key + " p99"))))
                            .append(" | ")
                            .append(show(millis(figure(key))))
                            .append(" | ")
                            .append(database.equals(H2) ? show(millis(figure(scan))) : "")
                            .append(" | ")
                            .append(database.equals(H2) ? show(ratio(scan, key)) : "")
                            .append(" |\n");
                    if (size.equals("100000")) {
                        Summary p99 = millis(figure(key + " p99"));
                        verdict(
                                "B4 p99, " + database + ", 100 000 parties, " + call + " (ms)",
                                p99,
                                p99 == null || p99.median <= 20,
                                "≤ 20 ms",
                                "Not profiled in this run; the GC log in benchmarks/README.md (Verdict) shows G1 young"
                                        + " pauses of 25 to 40 ms every 1.2 s on this machine.");
                    }
                }
            }
        });
        md.append('\n');
        List<String> sorted = settings.parties.stream()
                .sorted((a, b) -> Integer.compare(Integer.parseInt(a), Integer.parseInt(b)))
                .toList();
        if (sorted.size() >= 2) {
            String smallest = sorted.getFirst();
            String largest = sorted.getLast();
            md.append("Growth, H2: p99 at ")
                    .append(largest)
                    .append(" parties ÷ p99 at ")
                    .append(smallest)
                    .append(" (target ≤ 1.5)\n\n| call | ratio |\n| --- | ---: |\n");
            for (String call : CALLS) {
                String base = "ScreeningBenchmark." + call + " database=H2 parties=";
                Summary growth = ratio(base + largest + " p99", base + smallest + " p99");
                md.append("| `")
                        .append(call)
                        .append("` | ")
                        .append(show(growth))
                        .append(" |\n");
                verdict(
                        "B4 growth, H2, `" + call + "`, p99 at " + largest + " ÷ at " + smallest,
                        growth,
                        growth == null || growth.median <= 1.5,
                        "≤ 1.5",
                        "Profiled (benchmarks/README.md, Screening's growth at 100 000 parties): a call there has"
                                + " 9.5 candidates instead of 2, and each candidate's own link lookup counts and ranks"
                                + " every row of its crowded keys (hundreds at 100 000) before keeping 50.");
            }
            md.append('\n');
        }
    }

    private void historyLoads(StringBuilder md) {
        md.append("## B5 history loads\n\n")
                .append("Loading a party as a command does, its aggregate through Axon's event-sourcing repository ")
                .append("from the product's JDBC event store (`PartyLoadBenchmark`), from a snapshot and the events ")
                .append("after it, or from the events alone. The baseline is the same load at 10 events. Target: ")
                .append("10 000 events ≤ 2 × 10 events.\n\n")
                .append("| database | snapshot | events | load ms | ÷ at 10 events |\n")
                .append("| --- | --- | ---: | ---: | ---: |\n");
        for (String database : List.of(H2, POSTGRESQL)) {
            for (String snapshot : List.of("true", "false")) {
                String base = "PartyLoadBenchmark.load database=" + database + " events=";
                String tail = " snapshot=" + snapshot;
                for (String events : List.of("10", "100", "1000", "10000")) {
                    Summary growth = ratio(base + events + tail, base + "10" + tail);
                    md.append("| ")
                            .append(database)
                            .append(" | ")
                            .append(snapshot.equals("true") ? "yes" : "no")
                            .append(" | ")
                            .append(events)
                            .append(" | ")
                            .append(show(millis(figure(base + events + tail))))
                            .append(" | ")
                            .append(show(growth))
                            .append(" |\n");
                    if (events.equals("10000")) {
                        verdict(
                                "B5, " + database + (snapshot.equals("true") ? ", with" : ", without")
                                        + " a snapshot, 10 000 events ÷ 10",
                                growth,
                                growth == null || growth.median <= 2,
                                "≤ 2",
                                snapshot.equals("true")
                                        ? "Profiled (benchmarks/README.md, Loading a long history): the snapshot"
                                                + " held every entry of the history, and reading it back was"
                                                + " 96 % of the load; it now leaves them out."
                                        : "Not profiled; without a snapshot every event is read and folded, by"
                                                + " design. The product snapshots every 100 events"
                                                + " (`trustledger.snapshot-every`), so it loads as the rows with a"
                                                + " snapshot do.");
                    }
                }
            }
        }
        md.append('\n');
    }

    private void catchUp(StringBuilder md) {
        md.append("## B3 catch-up with gaps in the global index\n\n")
                .append("Events per second an Axon `PooledStreamingEventProcessor` handles while it catches up, from ")
                .append("the start, with a backlog of ")
                .append(String.format(Locale.ROOT, "%,d", CatchUpBenchmark.BACKLOG)
                        .replace(',', ' '))
                .append(" party events in the product's JDBC event store (`CatchUpBenchmark`), with ")
                .append(CATCH_UP_GAPS)
                .append(" open gaps in the global index left by transactions that rolled back, ÷ the same backlog ")
                .append("with none. Target ≥ 0.8.\n\n")
                .append("| database | events/s with gaps | events/s without | ratio |\n")
                .append("| --- | ---: | ---: | ---: |\n");
        for (String database : List.of(H2, POSTGRESQL)) {
            String base = "CatchUpBenchmark.catchUp database=" + database + " gaps=";
            Summary ratio = ratio(base + CATCH_UP_GAPS, base + "0");
            md.append("| ")
                    .append(database)
                    .append(" | ")
                    .append(show(figure(base + CATCH_UP_GAPS)))
                    .append(" | ")
                    .append(show(figure(base + "0")))
                    .append(" | ")
                    .append(show(ratio))
                    .append(" |\n");
            verdict(
                    "B3 catch-up, " + database + ", " + CATCH_UP_GAPS + " gaps ÷ none",
                    ratio,
                    ratio == null || ratio.median >= 0.8,
                    "≥ 0.8",
                    "See benchmarks/README.md, Catching up over gaps, for what Axon does with each gap.");
        }
        md.append('\n');
    }

    private void authentication(StringBuilder md) {
        String name = "AuthenticationBenchmark.";
        Summary off = figure(name + "securityOff");
        Summary token = ratio(name + "token", name + "securityOff");
        Summary basic = ratio(name + "basic", name + "securityOff");
        md.append("## B0 authentication\n\n")
                .append("Signing one request in with the product's own pieces (`AuthenticationBenchmark`, one thread, ")
                .append("no HTTP), ÷ the same request with security off. Target for tokens ≥ 0.8.\n\n")
                .append("| | requests/s | ÷ security off |\n| --- | ---: | ---: |\n")
                .append("| bearer token | ")
                .append(show(figure(name + "token")))
                .append(" | ")
                .append(show(token))
                .append(" |\n| HTTP Basic | ")
                .append(show(figure(name + "basic")))
                .append(" | ")
                .append(show(basic))
                .append(" |\n| security off | ")
                .append(show(off))
                .append(" | 1 |\n\n")
                .append("Without HTTP, security off does almost nothing, so these ratios are far below what a whole ")
                .append("request sees; benchmarks/README.md works out about 0.999 for a token on a 3 ms screening ")
                .append("request.\n\n");
        verdict(
                "B0, bearer token ÷ security off, per request without HTTP",
                token,
                token == null || token.median >= 0.8,
                "≥ 0.8 for a whole request",
                "Profiled (benchmarks/README.md, Authentication): spread over map lookups, logging bookkeeping and"
                        + " SHA-256, none above 20 %; against a whole request it costs about 1 µs.");
        verdict(
                "B0, HTTP Basic ÷ security off, per request without HTTP",
                basic,
                basic == null || basic.median >= 0.8,
                "≥ 0.8",
                "Profiled (benchmarks/README.md, Authentication): every runnable sample is in `BCrypt.key`, bcrypt's"
                        + " key schedule, by design; the product remembers a verified password for five minutes.");
    }

    private void trustPolicy(StringBuilder md) {
        md.append("## Trust status on long histories\n\n")
                .append("`TrustPolicy.assess` alone on one reseller's history (`TrustPolicyBenchmark`); the baseline ")
                .append("is the same call at 10 events. No target.\n\n")
                .append("| events | µs a call | ÷ at 10 events |\n| ---: | ---: | ---: |\n");
        for (String events : List.of("10", "100", "1000", "10000")) {
            String key = "TrustPolicyBenchmark.assess events=" + events;
            md.append("| ")
                    .append(events)
                    .append(" | ")
                    .append(show(figure(key)))
                    .append(" | ")
                    .append(show(ratio(key, "TrustPolicyBenchmark.assess events=10")))
                    .append(" |\n");
        }
        md.append('\n');
    }

    // ---- B2 rebuild: its running and its section, kept together ---------------------------------------------------

    /**
     * The ledger B2 rebuilds, in events: {@code -Dtrustledger.benchmarks.rebuild-events=1000000} for the target's
     * million; the default is smaller because storing the ledger again in every fork costs minutes at a million.
     */
    private static final String REBUILD_EVENTS = System.getProperty("trustledger.benchmarks.rebuild-events", "200000");

    private void rebuilds(boolean baselineFirst) throws RunnerException {
        for (String side : pair("rebuild", "rawReplay", baselineFirst)) {
            run(
                    "\\.RebuildBenchmark\\." + side + "$",
                    options -> options.mode(Mode.SingleShotTime)
                            .timeUnit(TimeUnit.SECONDS)
                            .warmupIterations(1)
                            .measurementIterations(Math.max(1, settings.iterations - 1))
                            .param("database", H2, POSTGRESQL)
                            .param("events", REBUILD_EVENTS),
                    "");
        }
    }

    private void rebuilds(StringBuilder md) {
        md.append("## B2 rebuild\n\n")
                .append(
                        "A whole rebuild of the read models (`RebuildBenchmark.rebuild`: every stored event through the ")
                .append("product's party projection into new tables, every party's trust assessed, the catch-up and ")
                .append("the swap) ÷ a raw keyset read of the same `domain_event_entry` table, a thousand rows to a ")
                .append(
                        "query, with a batched upsert of one `party_view` row per event (`RebuildBenchmark.rawReplay`). ")
                .append("The ledger holds ")
                .append(REBUILD_EVENTS)
                .append(" events, parties of 25 events each recorded at the same time; events per second are the ")
                .append("ledger's size over one whole pass. Target ≥ 0.3.\n\n")
                .append("| database | rebuild events/s | raw events/s | ratio |\n")
                .append("| --- | ---: | ---: | ---: |\n");
        for (String database : List.of(H2, POSTGRESQL)) {
            String suffix = " database=" + database + " events=" + REBUILD_EVENTS;
            String rebuild = "RebuildBenchmark.rebuild" + suffix;
            String raw = "RebuildBenchmark.rawReplay" + suffix;
            // Single-shot times: events per second are the size over the time, and the ratio is raw time ÷ rebuild
            // time.
            Summary ratio = ratio(raw, rebuild);
            md.append("| ")
                    .append(database)
                    .append(" | ")
                    .append(show(perSecond(figure(rebuild))))
                    .append(" | ")
                    .append(show(perSecond(figure(raw))))
                    .append(" | ")
                    .append(show(ratio))
                    .append(" |\n");
            verdict(
                    "B2 rebuild, " + database,
                    ratio,
                    ratio == null || ratio.median >= 0.3,
                    "≥ 0.3",
                    "Profiled (benchmarks/README.md, B2 rebuild): replaying runs near the raw pass's speed; the rest"
                            + " is assessing every party's trust, a history read, an identity-key lookup and the trust"
                            + " policy a party, which the raw pass has no counterpart for.");
        }
        md.append('\n');
    }

    // ---- the report: over HTTP, histories from the event store, startup and heap ------------------------------------

    private static final String PROFILES = "benchmarks/README.md, \"Over HTTP: what limits it\"";
    private static final String DISK_SYNC_WRITES = "HTTP.disk sync 4KB writes";
    private static final String HOT_PARTY = "HTTP.write one party t8";

    private void httpWrites(StringBuilder md) {
        md.append("## B1 writes over HTTP\n\n")
                .append("The product's own runnable jar started as a child process on 127.0.0.1 (`-Xmx2g`), signed in ")
                .append("with a personal token; 1 or 8 clients (the JDK `HttpClient`, HTTP/1.1) each record callers ")
                .append("(`POST /api/v1/parties/{id}/callers`, a name given only in part) on 20 parties of their own, ")
                .append("one request after the other, after ")
                .append(settings.extra.httpWarmupCalls / 2)
                .append(" writes to warm the JIT; only 201s count. The whole product runs: security, validation, ")
                .append("the command, the event store and the read-model projections in the same transaction. ")
                .append("Baseline: raw JDBC single-row `INSERT` + `COMMIT` into the same `domain_event_entry` table ")
                .append("of the same database, from the benchmark's JVM, with the product stopped (an H2 file admits ")
                .append("one process), as durable as the product's answer: on H2 `WRITE_DELAY=0` and the file forced ")
                .append("to the disk after each commit, on PostgreSQL the same server. The product's CPU time a ")
                .append("command is its process's user and system time, all threads, over the measured time, ÷ the ")
                .append("commands of that time. Target ≥ 0.35.\n\n")
                .append("| database | clients | commands/s | raw inserts/s | ratio | product CPU ms a command |\n")
                .append("| --- | ---: | ---: | ---: | ---: | ---: |\n");
        for (String database : List.of(H2, POSTGRESQL)) {
            for (int threads : new int[] {1, 8}) {
                String suffix = " database=" + database + " t" + threads;
                Summary ratio = ratio("HTTP.write" + suffix, "HTTP.rawInsert" + suffix);
                if (figure("HTTP.write" + suffix) == null) {
                    continue;
                }
                md.append("| ")
                        .append(database)
                        .append(" | ")
                        .append(threads)
                        .append(" | ")
                        .append(show(figure("HTTP.write" + suffix)))
                        .append(" | ")
                        .append(show(figure("HTTP.rawInsert" + suffix)))
                        .append(" | ")
                        .append(show(ratio))
                        .append(" | ")
                        .append(show(figure("HTTP.write" + suffix + " cpu ms")))
                        .append(" |\n");
                verdict(
                        "B1 writes over HTTP, " + database + ", " + threads + " client" + (threads == 1 ? "" : "s"),
                        ratio,
                        ratio == null || ratio.median >= 0.35,
                        "≥ 0.35",
                        "Profiled (" + PROFILES + "): a command runs about 11 statements in its transaction (the"
                                + " projections' among them) against the baseline's one, plus the per-request cost"
                                + " of the web stack.");
            }
        }
        for (String database : List.of(H2, POSTGRESQL)) {
            String suffix = " database=" + database;
            if (figure(HOT_PARTY + suffix) == null) {
                continue;
            }
            Summary ratio = ratio(HOT_PARTY + suffix, "HTTP.write" + suffix + " t8");
            md.append("\nOne busy party, ")
                    .append(database)
                    .append(": the same 8 clients all writing to one party, ")
                    .append(show(figure(HOT_PARTY + suffix)))
                    .append(" commands/s (")
                    .append(show(figure(HOT_PARTY + suffix + " cpu ms")))
                    .append(" ms of the product's CPU a command), ÷ 8 clients on parties of their own: ")
                    .append(show(ratio))
                    .append(". Target ≥ 0.5.\n");
            verdict(
                    "B1 one busy party over HTTP, " + database,
                    ratio,
                    ratio == null || ratio.median >= 0.5,
                    "≥ 0.5",
                    "Not profiled; by the code (benchmarks/README.md, \"Writes against a durable baseline\"), the"
                            + " commands of one party take turns on its aggregate's lock, fsync included.");
        }
        if (figure(DISK_SYNC_WRITES) != null) {
            md.append("\nThe disk under the H2 data directory: ")
                    .append(show(figure(DISK_SYNC_WRITES)))
                    .append(" synchronous 4 KB writes a second (`O_DSYNC`, one writer), the physical limit of a")
                    .append(" writer that waits for the disk at each commit; concurrent commits share flushes.\n");
        }
        md.append('\n');
    }

    /** Seconds per pass as events per second, the lowest and highest swapping places. */
    private static Summary perSecond(Summary seconds) {
        double events = Double.parseDouble(REBUILD_EVENTS);
        return seconds == null
                ? null
                : new Summary(events / seconds.median, events / seconds.high, events / seconds.low, seconds.runs);
    }

    private void storedScreening(StringBuilder md) {
        md.append("## B4 screening with histories from the event store\n\n")
                .append("In-process: `StoredHistoryScreeningBenchmark`, the same calls as `ScreeningBenchmark` but ")
                .append("each candidate's history read from the product's event store in the same database ")
                .append("(`AxonPartyHistories`, the product's serializer), SampleTime, with JMH's GC profiler for the ")
                .append("bytes allocated per call. Baseline: `ScreeningBenchmark` of the same run, histories in ")
                .append("memory. Over HTTP: `POST /api/v1/screenings` with the same calls, one client, back to back, ")
                .append("after a warm-up of at least ")
                .append(settings.extra.httpWarmupCalls)
                .append(" calls, ")
                .append("against the product started on an H2 file (or PostgreSQL) database holding the same ")
                .append("parties and their events; baseline: the in-process p99 with stored histories. The product's ")
                .append("CPU time a call is its process's user and system time over the measured calls, all threads. ")
                .append("Targets: p99 ")
                .append("≤ 20 ms at 100 000 parties, p99 at the largest ÷ p99 at the smallest ≤ 1.5.\n\n")
                .append("| database | parties | call | p50 ms | p99 ms | KB allocated a call | p99 ÷ histories in ")
                .append("memory | over HTTP p50 ms | over HTTP p99 ms | HTTP p99 ÷ in-process | product CPU ms a ")
                .append("call |\n")
                .append("| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        Map<String, List<String>> sizes = new LinkedHashMap<>();
        sizes.put(H2, union(settings.parties, settings.extra.httpParties));
        sizes.put(POSTGRESQL, union(settings.postgresqlParties, settings.extra.httpPostgresqlParties));
        sizes.forEach((database, parties) -> {
            for (String size : parties) {
                for (String call : CALLS) {
                    String tail = " database=" + database + " parties=" + size;
                    String stored = "StoredHistoryScreeningBenchmark." + call + tail;
                    String memory = "ScreeningBenchmark." + call + tail;
                    String http = "HTTP.screening." + call + tail;
                    Summary alloc = figure(stored + " alloc");
                    md.append("| ")
                            .append(database)
                            .append(" | ")
                            .append(size)
                            .append(" | `")
                            .append(call)
                            .append("` | ")
                            .append(show(millis(figure(stored + " p50"))))
                            .append(" | ")
                            .append(show(millis(figure(stored + " p99"))))
                            .append(" | ")
                            .append(
                                    alloc == null
                                            ? show(null)
                                            : show(new Summary(
                                                    alloc.median / 1024,
                                                    alloc.low / 1024,
                                                    alloc.high / 1024,
                                                    alloc.runs)))
                            .append(" | ")
                            .append(show(ratio(stored + " p99", memory + " p99")))
                            .append(" | ")
                            .append(show(millis(figure(http + " p50"))))
                            .append(" | ")
                            .append(show(millis(figure(http + " p99"))))
                            .append(" | ")
                            .append(show(ratio(http + " p99", stored + " p99")))
                            .append(" | ")
                            .append(show(figure(http + " cpu ms")))
                            .append(" |\n");
                    if (size.equals("100000")) {
                        for (String side : List.of("in-process", "over HTTP")) {
                            Summary p99 = millis(figure((side.equals("in-process") ? stored : http) + " p99"));
                            verdict(
                                    "B4 p99 " + side + ", histories from the event store, " + database
                                            + ", 100 000 parties, `" + call + "` (ms)",
                                    p99,
                                    p99 == null || p99.median <= 20,
                                    "≤ 20 ms",
                                    "Profiled (" + PROFILES + "): one event-store read per candidate and per"
                                            + " uncrowded neighbour of each candidate.");
                        }
                    }
                }
            }
        });
        md.append('\n');
        growth(md, "StoredHistoryScreeningBenchmark.", "in-process", settings.parties);
        growth(md, "HTTP.screening.", "over HTTP", settings.extra.httpParties);
    }

    private void growth(StringBuilder md, String prefix, String side, List<String> parties) {
        List<String> sorted = parties.stream()
                .sorted(Comparator.comparingInt(Integer::parseInt))
                .toList();
        if (sorted.size() < 2) {
            return;
        }
        String smallest = sorted.getFirst();
        String largest = sorted.getLast();
        md.append("Growth ")
                .append(side)
                .append(", histories from the event store, H2: p99 at ")
                .append(largest)
                .append(" parties ÷ p99 at ")
                .append(smallest)
                .append(" (target ≤ 1.5)\n\n| call | ratio |\n| --- | ---: |\n");
        for (String call : CALLS) {
            String base = prefix + call + " database=H2 parties=";
            Summary growth = ratio(base + largest + " p99", base + smallest + " p99");
            md.append("| `").append(call).append("` | ").append(show(growth)).append(" |\n");
            verdict(
                    "B4 growth " + side + ", histories from the event store, H2, `" + call + "`, p99 at " + largest
                            + " ÷ at " + smallest,
                    growth,
                    growth == null || growth.median <= 1.5,
                    "≤ 1.5",
                    "Profiled (" + PROFILES + "): the neighbours whose histories are read grow with the ledger.");
        }
        md.append('\n');
    }

    private static List<String> union(List<String> a, List<String> b) {
        return Stream.concat(a.stream(), b.stream())
                .distinct()
                .sorted(Comparator.comparingInt(Integer::parseInt))
                .toList();
    }

    private void lag(StringBuilder md) {
        md.append("## B6 lag from acknowledgement to the trust view and screening\n\n")
                .append("One client writes at half the single-client B1 rate over HTTP measured in the same run, in ")
                .append("turn registering a reseller with a number of its own and terminating it. After each ")
                .append("acknowledgement (201) it reads one view until the effect shows, the views in turn so each ")
                .append("is read first after a quarter of the writes, and times from the acknowledgement to the ")
                .append("answer that shows it: the party (`GET /parties/{id}` answers 200), a screening by its ")
                .append("number (the party among the matches), the list filtered by status ")
                .append("(`GET /parties?status=TERMINATED&q=…` lists it) and a screening showing it TERMINATED. ")
                .append("Baseline: the same read once more, right after (what the read costs anyway). The party and ")
                .append("trust projections are subscribing, in the write's own transaction, so the acknowledgement ")
                .append("comes after the views are committed: the expected lag is one read, and the first read should ")
                .append("always show the effect.\n\n")
                .append(
                        "| database | view | writes/s | lag p50 ms | lag p99 ms | read p50 ms | read p99 ms | lag p50 ÷ ")
                .append("read p50 | first read showed it |\n")
                .append("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        for (String database : List.of(H2, POSTGRESQL)) {
            String suffix = " database=" + database;
            if (figure("HTTP.lag rate" + suffix) == null) {
                continue;
            }
            for (String view : List.of("party", "screening after registration", "list by status", "screening status")) {
                String lag = "HTTP.lag." + view + suffix;
                String read = "HTTP.read." + view + suffix;
                Summary first = figure(lag + " first");
                md.append("| ")
                        .append(database)
                        .append(" | ")
                        .append(view)
                        .append(" | ")
                        .append(show(figure("HTTP.lag rate" + suffix)))
                        .append(" | ")
                        .append(show(millis(figure(lag + " p50"))))
                        .append(" | ")
                        .append(show(millis(figure(lag + " p99"))))
                        .append(" | ")
                        .append(show(millis(figure(read + " p50"))))
                        .append(" | ")
                        .append(show(millis(figure(read + " p99"))))
                        .append(" | ")
                        .append(show(ratio(lag + " p50", read + " p50")))
                        .append(" | ")
                        .append(first == null ? show(null) : String.format(Locale.ROOT, "%.0f %%", first.median * 100))
                        .append(" |\n");
            }
        }
        md.append('\n');
    }

    private void startup(StringBuilder md) {
        Summary product = figure("Startup.product ms");
        if (product == null) {
            return;
        }
        md.append("## Startup\n\n")
                .append("The product's runnable jar on the embedded default (an H2 file database in an empty data ")
                .append("directory, as the README's first command starts it, so Flyway creates the schema), `-Xmx2g`, ")
                .append("from process start to the first 200 of `GET /actuator/health`, polled every 10 ms. ")
                .append("Baseline: the JDK's own HTTP server (`HelloServer`) started from the benchmarks' jar with ")
                .append("the same JVM and options and timed the same way: what any Java service pays to start ")
                .append("the JVM and answer HTTP. ")
                .append(settings.extra.startups)
                .append(" starts of each a run, alternating.\n\n")
                .append("| product ms | bare JDK server ms | ratio |\n| ---: | ---: | ---: |\n| ")
                .append(show(product))
                .append(" | ")
                .append(show(figure("Startup.bare ms")))
                .append(" | ")
                .append(show(ratio("Startup.product ms", "Startup.bare ms")))
                .append(" |\n\n");
    }

    private void heap(StringBuilder md) {
        Summary ledger = figure("Heap.ledger bytes");
        if (ledger == null) {
            return;
        }
        md.append("## Heap after a large load\n\n")
                .append("The product (`-Xmx2g`) started on an H2 file database holding ")
                .append(show(figure("Heap.parties")))
                .append(" parties and ")
                .append(show(figure("Heap.events")))
                .append(" events (the generated ledger, each history lengthened by callers identified), then used ")
                .append("for a moment (200 screenings and 200 party reads), then the live objects by class ")
                .append("(`jcmd GC.class_histogram`, which collects fully first), a full collection (`jcmd GC.run`) ")
                .append("and the heap in use as G1 counts it (`jcmd GC.heap_info`, whole regions). Baseline: the ")
                .append("same on an empty database. Measured once a report.\n\n")
                .append("| | with the ledger MB | empty MB | ratio |\n| --- | ---: | ---: | ---: |\n| heap in use | ")
                .append(show(megabytes(ledger)))
                .append(" | ")
                .append(show(megabytes(figure("Heap.empty bytes"))))
                .append(" | ")
                .append(show(ratio("Heap.ledger bytes", "Heap.empty bytes")))
                .append(" |\n| live objects | ")
                .append(show(megabytes(figure("Heap.ledger live bytes"))))
                .append(" | ")
                .append(show(megabytes(figure("Heap.empty live bytes"))))
                .append(" | ")
                .append(show(ratio("Heap.ledger live bytes", "Heap.empty live bytes")))
                .append(" |\n\n");
        try {
            if (Files.exists(HEAP_HISTOGRAMS)) {
                md.append("What holds it, live objects by class (`jcmd GC.class_histogram`, top entries):\n\n```\n");
                Files.readAllLines(HEAP_HISTOGRAMS, StandardCharsets.UTF_8)
                        .forEach(line -> md.append(line).append('\n'));
                md.append("```\n\n");
            }
        } catch (IOException e) {
            LOG.warn("cannot read {}", HEAP_HISTOGRAMS, e);
        }
    }

    private static Summary megabytes(Summary bytes) {
        return bytes == null ? null : new Summary(bytes.median / 1e6, bytes.low / 1e6, bytes.high / 1e6, bytes.runs);
    }

    /** The command line, with the defaults of a full run. */
    private record Settings(
            int runs,
            int warmups,
            int iterations,
            int seconds,
            List<String> parties,
            List<String> postgresqlParties,
            Path output,
            String note,
            java.util.Optional<Path> figures,
            Extra extra) {
        static Settings parse(String[] args) {
            Map<String, String> given = new LinkedHashMap<>();
            for (int i = 0; i < args.length; i++) {
                if (!args[i].startsWith("--") || i + 1 >= args.length) {
                    throw new IllegalArgumentException("expected --option value, got " + Arrays.toString(args));
                }
                given.put(args[i].substring(2), args[++i]);
            }
            Settings settings = new Settings(
                    Integer.parseInt(given.getOrDefault("runs", "3")),
                    Integer.parseInt(given.getOrDefault("warmups", "2")),
                    Integer.parseInt(given.getOrDefault("iterations", "3")),
                    Integer.parseInt(given.getOrDefault("seconds", "1")),
                    list(given.getOrDefault("parties", "1000,100000")),
                    list(given.getOrDefault("postgresql-parties", "1000")),
                    Path.of(given.getOrDefault("output", "BENCHMARKS.md")),
                    given.getOrDefault("note", "").trim(),
                    java.util.Optional.ofNullable(given.get("figures")).map(Path::of),
                    Extra.parse(given));
            given.keySet()
                    .removeAll(List.of(
                            "runs",
                            "warmups",
                            "iterations",
                            "seconds",
                            "parties",
                            "postgresql-parties",
                            "output",
                            "note",
                            "figures"));
            if (!given.isEmpty()) {
                throw new IllegalArgumentException("unknown options: " + given.keySet());
            }
            return settings;
        }

        static List<String> list(String value) {
            return Arrays.stream(value.split(","))
                    .map(String::trim)
                    .filter(s -> !s.isEmpty())
                    .toList();
        }
    }

    /**
     * The options of the benchmarks over HTTP, with histories from the event store, of startup and of the heap, and
     * which groups of benchmarks to run; parsed apart so that each group's options stay together.
     */
    private record Extra(
            List<String> httpParties,
            List<String> httpPostgresqlParties,
            int httpCalls,
            int httpWarmupCalls,
            int lagWrites,
            int startups,
            int heapParties,
            long heapEvents,
            boolean appJfr,
            List<String> only) {
        static final List<String> GROUPS = List.of(
                "writes",
                "screening",
                "stored",
                "history",
                "catch-up",
                "authentication",
                "policy",
                "http",
                "startup",
                "rebuild",
                "heap");

        /** Takes its own options out of the given ones. */
        static Extra parse(Map<String, String> given) {
            Extra extra = new Extra(
                    Settings.list(given.getOrDefault("http-parties", "1000,100000")),
                    Settings.list(given.getOrDefault("http-postgresql-parties", "1000")),
                    Integer.parseInt(given.getOrDefault("http-calls", "5000")),
                    Integer.parseInt(given.getOrDefault("http-warmup-calls", "1000")),
                    Integer.parseInt(given.getOrDefault("lag-writes", "200")),
                    Integer.parseInt(given.getOrDefault("startups", "3")),
                    Integer.parseInt(given.getOrDefault("heap-parties", "100000")),
                    Long.parseLong(given.getOrDefault("heap-events", "1000000")),
                    Boolean.parseBoolean(given.getOrDefault("app-jfr", "false")),
                    Settings.list(given.getOrDefault("only", String.join(",", GROUPS))));
            List<String> unknown =
                    extra.only.stream().filter(g -> !GROUPS.contains(g)).toList();
            if (!unknown.isEmpty()) {
                throw new IllegalArgumentException("unknown groups " + unknown + "; the groups are " + GROUPS);
            }
            given.keySet()
                    .removeAll(List.of(
                            "http-parties",
                            "http-postgresql-parties",
                            "http-calls",
                            "http-warmup-calls",
                            "lag-writes",
                            "startups",
                            "heap-parties",
                            "heap-events",
                            "app-jfr",
                            "only"));
            return extra;
        }

        boolean includes(String group) {
            return only.contains(group);
        }
    }
}
