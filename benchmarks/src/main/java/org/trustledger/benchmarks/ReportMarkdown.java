package org.trustledger.benchmarks;

import static org.trustledger.benchmarks.Figures.CALLS;
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
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.trustledger.benchmarks.Figures.Summary;

/** Writes the report's Markdown from its figures: a section a group, each figure beside its baseline, and the misses. */
final class ReportMarkdown {
    private static final Logger LOG = LoggerFactory.getLogger(ReportMarkdown.class);

    private final ReportSettings settings;
    private final Figures figures;
    private final List<String> failures;
    private final Machine machine;

    ReportMarkdown(ReportSettings settings, Figures figures, List<String> failures, Machine machine) {
        this.settings = settings;
        this.figures = figures;
        this.failures = failures;
        this.machine = machine;
    }

    private Summary figure(String key) {
        return figures.figure(key);
    }

    private Summary ratio(String numerator, String denominator) {
        return figures.ratio(numerator, denominator);
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
        if (summary.runs() == 1) {
            return number(summary.median());
        }
        return number(summary.median()) + " (" + number(summary.low()) + "–" + number(summary.high()) + ")";
    }

    /** Microseconds as milliseconds, the unit the targets speak in. */
    private static Summary millis(Summary micros) {
        return micros == null
                ? null
                : new Summary(micros.median() / 1000, micros.low() / 1000, micros.high() / 1000, micros.runs());
    }

    private final List<String> misses = new ArrayList<>();

    private void verdict(String figure, Summary value, boolean meets, String target, String limit) {
        if (value != null && !meets) {
            misses.add("- **" + figure + "**: " + show(value) + ", target " + target + ". " + limit);
        }
    }

    String markdown() {
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
        if (settings.runs() < 3 || settings.iterations() < 3) {
            md.append("**A short run**: ")
                    .append(settings.runs())
                    .append(settings.runs() == 1 ? " run" : " runs")
                    .append(" of ")
                    .append(settings.iterations())
                    .append(" measured iterations, fewer than a full run's 3 of 3")
                    .append(settings.note().isEmpty() ? "" : "; " + settings.note())
                    .append(". Read the figures as an order of magnitude.\n\n");
        } else if (!settings.note().isEmpty()) {
            md.append(settings.note()).append("\n\n");
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
                .append(machine.processor())
                .append(", ")
                .append(machine.processors())
                .append(" available to the JVM |\n")
                .append("| memory | ")
                .append(machine.memory())
                .append(" |\n")
                .append("| system | ")
                .append(machine.system())
                .append(" |\n")
                .append("| load average | ")
                .append(String.format(Locale.ROOT, "%.2f before, %.2f after", loadBefore, loadAfter))
                .append(" |\n")
                .append("| Java | ")
                .append(machine.java())
                .append(" |\n")
                .append("| JMH | ")
                .append(machine.jmh())
                .append(", 1 fork a benchmark |\n")
                .append("| runs | ")
                .append(settings.runs())
                .append(", each ")
                .append(settings.warmups())
                .append(" warm-up and ")
                .append(settings.iterations())
                .append(" measured iterations of ")
                .append(settings.seconds())
                .append(" s |\n")
                .append("| databases | H2 in memory; PostgreSQL 17, embedded, started by the benchmarks |\n\n");
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
                        ratio == null || ratio.median() >= 0.5,
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
        sizes.put(H2, settings.parties());
        sizes.put(POSTGRESQL, settings.postgresqlParties());
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
                                p99 == null || p99.median() <= 20,
                                "≤ 20 ms",
                                "Not profiled in this run; the GC log in benchmarks/README.md (Verdict) shows G1 young"
                                        + " pauses of 25 to 40 ms every 1.2 s on this machine.");
                    }
                }
            }
        });
        md.append('\n');
        List<String> sorted = settings.parties().stream()
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
                        growth == null || growth.median() <= 1.5,
                        "≤ 1.5",
                        "Profiled (" + SCREENING_PROFILE + "): a call there finds more parties sharing its keys"
                                + " (a crowded address about ten candidates and as many neighbours, against one or two"
                                + " at 1 000); what is left is their index lookups and folds, and G1's young pauses at"
                                + " the p99.");
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
                                growth == null || growth.median() <= 2,
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
                    ratio == null || ratio.median() >= 0.8,
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
                token == null || token.median() >= 0.8,
                "≥ 0.8 for a whole request",
                "Profiled (benchmarks/README.md, Authentication): spread over map lookups, logging bookkeeping and"
                        + " SHA-256, none above 20 %; against a whole request it costs about 1 µs.");
        verdict(
                "B0, HTTP Basic ÷ security off, per request without HTTP",
                basic,
                basic == null || basic.median() >= 0.8,
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
                .append(" events spread over ")
                .append(REBUILD_PARTIES)
                .append(" parties recording at the same time; events per second are the ")
                .append("ledger's size over one whole pass. Target ≥ 0.3.\n\n")
                .append("| database | rebuild events/s | raw events/s | ratio |\n")
                .append("| --- | ---: | ---: | ---: |\n");
        for (String database : List.of(H2, POSTGRESQL)) {
            String suffix = " database=" + database + " events=" + REBUILD_EVENTS + " parties=" + REBUILD_PARTIES;
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
                    ratio == null || ratio.median() >= 0.3,
                    "≥ 0.3",
                    "Profiled (benchmarks/README.md, B2 rebuild): replaying runs near the raw pass's speed; the rest"
                            + " is assessing every party's trust, a history read, an identity-key lookup and the trust"
                            + " policy a party, which the raw pass has no counterpart for.");
        }
        md.append('\n');
    }

    private static final String SCREENING_PROFILE =
            "benchmarks/README.md, \"Screening: keys read once, a few statement texts\"";
    private static final String STARTUP_PROFILE = "benchmarks/README.md, \"Over HTTP: what limits it\", Startup";
    private static final String PROFILES = "benchmarks/README.md, \"Over HTTP: what limits it\"";

    private void httpWrites(StringBuilder md) {
        md.append("## B1 writes over HTTP\n\n")
                .append("The product's own runnable jar started as a child process on 127.0.0.1 (`-Xmx")
                .append(settings.extra().appHeap())
                .append("`), signed in ")
                .append("with a personal token; 1 or 8 clients (the JDK `HttpClient`, HTTP/1.1) each record callers ")
                .append("(`POST /api/v1/parties/{id}/callers`, a name given only in part) on 20 parties of their own, ")
                .append("one request after the other, after ")
                .append(settings.extra().httpWarmupCalls() / 2)
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
                        ratio == null || ratio.median() >= 0.35,
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
                    ratio == null || ratio.median() >= 0.5,
                    "≥ 0.5",
                    "Profiled (benchmarks/README.md, \"One busy party: the flush after the lock, and entries stamped in"
                            + " order\"): the commands of one party take turns on its aggregate's lock, and its"
                            + " snapshot grows with its history (108 KB at 550 entries), read and parsed on every load.");
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
                : new Summary(
                        events / seconds.median(), events / seconds.high(), events / seconds.low(), seconds.runs());
    }

    private void storedScreening(StringBuilder md) {
        md.append("## B4 screening with histories from the event store\n\n")
                .append("In-process: `StoredHistoryScreeningBenchmark`, the same calls as `ScreeningBenchmark` but ")
                .append("each candidate's history read from the product's event store in the same database ")
                .append("(`AxonPartyHistories`, the product's serializer), SampleTime, with JMH's GC profiler for the ")
                .append("bytes allocated per call. Baseline: `ScreeningBenchmark` of the same run, histories in ")
                .append("memory. Over HTTP: `POST /api/v1/screenings` with the same calls, one client, back to back, ")
                .append("after a warm-up of at least ")
                .append(settings.extra().httpWarmupCalls())
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
        sizes.put(H2, union(settings.parties(), settings.extra().httpParties()));
        sizes.put(
                POSTGRESQL, union(settings.postgresqlParties(), settings.extra().httpPostgresqlParties()));
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
                                                    alloc.median() / 1024,
                                                    alloc.low() / 1024,
                                                    alloc.high() / 1024,
                                                    alloc.runs())))
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
                                    p99 == null || p99.median() <= 20,
                                    "≤ 20 ms",
                                    "Profiled (" + SCREENING_PROFILE + "): one event-store read and"
                                            + " deserialisation per candidate and per uncrowded neighbour, about 24"
                                            + " a crowded-address call at 100 000 parties; G1's young pauses at the"
                                            + " p99.");
                        }
                    }
                }
            }
        });
        md.append('\n');
        growth(md, "StoredHistoryScreeningBenchmark.", "in-process", settings.parties());
        growth(md, "HTTP.screening.", "over HTTP", settings.extra().httpParties());
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
                    growth == null || growth.median() <= 1.5,
                    "≤ 1.5",
                    "Profiled (" + SCREENING_PROFILE + "): the candidates and neighbours whose histories are read"
                            + " grow with what the ledger holds at the caller's address, about 24 at 100 000 against"
                            + " two at 1 000.");
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
                        .append(
                                first == null
                                        ? show(null)
                                        : String.format(Locale.ROOT, "%.0f %%", first.median() * 100))
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
        String heap = "`-Xmx" + settings.extra().appHeap() + "`";
        md.append("## Startup\n\n")
                .append("The product on the embedded default (an H2 file database in an empty data directory, so ")
                .append("Flyway creates the schema), ")
                .append(heap)
                .append(", from process start to the first 200 of `GET /actuator/health`, polled every 10 ms; the ")
                .append("resident set (`VmRSS`) at that moment. *product*: the runnable jar as the README's first ")
                .append("command starts it (`java -jar`); *product-aot*: as its production section starts it, the ")
                .append("jar extracted (`java -Djarmode=tools -jar … extract`) and started with the ahead-of-time ")
                .append("cache of a training run (`-XX:AOTCacheOutput`, `-Dspring.context.exit=onRefresh`). ")
                .append("Baseline: *minimal*, a Spring Boot web application with nothing of its own ")
                .append("(`MinimalWebApplication`) beside the extracted product, its class path only the web and ")
                .append("actuator jars of the product's own `lib/`, answering its actuator's health; *minimal-aot*, ")
                .append("the same with a cache of its own trained the same way. *bare*: the JDK's own HTTP server ")
                .append("(`HelloServer`), what any Java service pays to start the JVM and answer HTTP. ")
                .append(settings.extra().startups())
                .append(" starts of each a run, in turn.\n\n")
                .append("The processor time the process had used by its first healthy answer (all threads) is ")
                .append("given beside the time on the clock: on a shared machine it varies far less.\n\n")
                .append("| start | ms | ÷ minimal | ÷ minimal-aot | CPU ms | CPU ÷ minimal | MB resident |\n")
                .append("| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        for (String side : List.of("product", "product-aot", "minimal", "minimal-aot", "bare")) {
            String key = "Startup." + side + " ms";
            md.append("| ")
                    .append(side)
                    .append(" | ")
                    .append(show(figure(key)))
                    .append(" | ")
                    .append(show(ratio(key, "Startup.minimal ms")))
                    .append(" | ")
                    .append(show(ratio(key, "Startup.minimal-aot ms")))
                    .append(" | ")
                    .append(show(figure("Startup." + side + " cpu ms")))
                    .append(" | ")
                    .append(show(ratio("Startup." + side + " cpu ms", "Startup.minimal cpu ms")))
                    .append(" | ")
                    .append(show(megabytes(figure("Startup." + side + " rss bytes"))))
                    .append(" |\n");
        }
        md.append("\nTarget: *product-aot* ≤ 1.5 × *minimal*.\n\n");
        Summary startRatio = ratio("Startup.product-aot ms", "Startup.minimal ms");
        verdict(
                "Startup, product-aot ÷ minimal",
                startRatio,
                startRatio == null || startRatio.median() <= 1.5,
                "≤ 1.5",
                "In processor time: " + show(ratio("Startup.product-aot cpu ms", "Startup.minimal cpu ms"))
                        + "; where the start goes: " + STARTUP_PROFILE + ".");
    }

    private void heap(StringBuilder md) {
        Summary ledger = figure("Heap.ledger bytes");
        if (ledger != null) {
            md.append("## Heap after a large load\n\n")
                    .append("The product (`-Xmx")
                    .append(settings.extra().appHeap())
                    .append("`) started on an H2 file database holding ")
                    .append(show(figure("Heap.parties")))
                    .append(" parties and ")
                    .append(show(figure("Heap.events")))
                    .append(" events (the generated ledger, each history lengthened by callers identified), then used ")
                    .append("for a moment (200 screenings and 200 party reads), then the live objects by class ")
                    .append(
                            "(`jcmd GC.class_histogram`, which collects fully first), a full collection (`jcmd GC.run`) ")
                    .append("and the heap in use as G1 counts it (`jcmd GC.heap_info`, whole regions); then the ")
                    .append("process's resident set (`VmRSS` in `/proc/PID/status`) and its high-water mark ")
                    .append("(`VmHWM`). Baseline: the same on an empty database. Measured once a report.\n\n")
                    .append("| | with the ledger MB | empty MB | ratio |\n| --- | ---: | ---: | ---: |\n");
            for (String[] row : new String[][] {
                {"heap in use", "bytes"}, {"live objects", "live bytes"},
                {"resident set", "rss bytes"}, {"resident set at its highest", "peak rss bytes"}
            }) {
                md.append("| ")
                        .append(row[0])
                        .append(" | ")
                        .append(show(megabytes(figure("Heap.ledger " + row[1]))))
                        .append(" | ")
                        .append(show(megabytes(figure("Heap.empty " + row[1]))))
                        .append(" | ")
                        .append(show(ratio("Heap.ledger " + row[1], "Heap.empty " + row[1])))
                        .append(" |\n");
            }
            md.append('\n');
            try {
                if (Files.exists(HEAP_HISTOGRAMS)) {
                    md.append(
                            "What holds it, live objects by class (`jcmd GC.class_histogram`, top entries):\n\n```\n");
                    Files.readAllLines(HEAP_HISTOGRAMS, StandardCharsets.UTF_8)
                            .forEach(line -> md.append(line).append('\n'));
                    md.append("```\n\n");
                }
            } catch (IOException e) {
                LOG.warn("cannot read {}", HEAP_HISTOGRAMS, e);
            }
        }
        List<String> loads = new ArrayList<>();
        for (String database : List.of(H2, POSTGRESQL)) {
            for (String size : database.equals(H2)
                    ? settings.extra().httpParties()
                    : settings.extra().httpPostgresqlParties()) {
                String key = "HTTP.rss database=" + database + " parties=" + size;
                if (figure(key + " bytes") != null) {
                    loads.add("| " + database + " | " + size + " | " + show(megabytes(figure(key + " bytes"))) + " | "
                            + show(megabytes(figure(key + " peak bytes"))) + " |\n");
                }
            }
        }
        if (!loads.isEmpty()) {
            md.append("### Resident set after the load over HTTP\n\n")
                    .append("The product (`-Xmx")
                    .append(settings.extra().appHeap())
                    .append("`) of each run over HTTP, just before it was stopped: `VmRSS` and `VmHWM`.\n\n")
                    .append("| database | parties | MB resident | MB at its highest |\n| --- | ---: | ---: | ---: |\n");
            loads.forEach(md::append);
            md.append('\n');
        }
    }

    private static Summary megabytes(Summary bytes) {
        return bytes == null
                ? null
                : new Summary(bytes.median() / 1e6, bytes.low() / 1e6, bytes.high() / 1e6, bytes.runs());
    }
}
