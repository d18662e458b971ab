package org.trustledger.benchmarks;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.trustledger.adapters.persistence.support.TestDatabases;
import org.trustledger.adapters.persistence.support.TestDatabases.Kind;
import org.trustledger.domain.screening.ScreeningRequest;
import tools.jackson.databind.JsonNode;

/**
 * The measurements that go through the running product over HTTP (writes, screening, the lag from a write's
 * acknowledgement to its effect), their same-database baselines (raw JDBC inserts), and the product's startup time,
 * all against 127.0.0.1, each bounded in time or in count. Plain timed loops rather than JMH: the thing measured is
 * another process, so JMH's protection against the JIT optimising the measured code away has nothing to protect.
 */
final class HttpBenchmarks {
    private static final Logger LOG = LoggerFactory.getLogger(HttpBenchmarks.class);

    /** Parties each client thread writes to in turn, so no history grows long during a run. */
    private static final int PARTIES_PER_WRITER = 20;
    /** A warm-up by count never runs longer than this. */
    private static final Duration WARMUP_LIMIT = Duration.ofSeconds(120);
    /** How long the lag check polls for an effect before it counts the write as never seen. */
    private static final Duration LAG_LIMIT = Duration.ofSeconds(5);

    private HttpBenchmarks() {}

    // ---- databases the product runs on ------------------------------------------------------------------------------

    /** A database the product is started on, and the JDBC URL the raw baseline reaches the same database with. */
    record Target(RunningApplication.Database database, String jdbcUrl, Kind kind) {}

    /**
     * A new database of the kind, migrated by the product's scripts and holding the parties (views, identity keys and
     * every event), closed again so the product can open it: an H2 file database in {@code dataDir}, or a new database
     * in the embedded PostgreSQL server.
     */
    static Target seeded(Kind kind, Path dataDir, List<Ledger.Party> parties) {
        Target target;
        if (kind == Kind.H2) {
            deleteRecursively(dataDir);
            target = new Target(
                    RunningApplication.Database.h2(dataDir),
                    "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("trustledger"),
                    kind);
        } else {
            String url = TestDatabases.url(Kind.POSTGRESQL);
            target = new Target(RunningApplication.Database.postgresql(url), url, kind);
        }
        try (HikariDataSource pool = pool(target, 4)) {
            Flyway.configure()
                    .dataSource(pool)
                    .locations(
                            "classpath:db/migration/common",
                            "classpath:db/migration/" + (kind == Kind.H2 ? "h2" : "postgresql"))
                    .load()
                    .migrate();
            if (!parties.isEmpty()) {
                try (SeededDatabase seeded = SeededDatabase.of(pool, kind.name(), parties)) {
                    StoredLedger.append(seeded.dataSource(), parties);
                }
            }
        }
        return target;
    }

    private static HikariDataSource pool(Target target, int size) {
        HikariConfig config = new HikariConfig();
        if (target.kind() == Kind.H2) {
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL(target.jdbcUrl());
            h2.setUser("sa");
            h2.setPassword("");
            config.setDataSource(h2);
        } else {
            config.setJdbcUrl(target.jdbcUrl());
            config.setPassword("postgres");
        }
        config.setMaximumPoolSize(size);
        config.setPoolName("http-benchmarks");
        return new HikariDataSource(config);
    }

    static void deleteRecursively(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + directory, e);
        }
    }

    // ---- B1 over HTTP and its baseline ------------------------------------------------------------------------------

    /**
     * Commands per second: each of {@code threads} clients records callers ({@code POST /parties/{id}/callers}, a
     * name given only in part, so the identity index is not touched) on parties of its own, or all on one party when
     * {@code oneParty} (a busy party), one request after the other, for the measured time after a warm-up; only 201s
     * count.
     */
    static Rate writes(
            RunningApplication app,
            int threads,
            boolean oneParty,
            Duration warmup,
            Duration measured,
            int warmupCalls) {
        String tag = Long.toString(ThreadLocalRandom.current().nextLong(1_000_000_000L), 36);
        List<List<String>> desks = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            List<String> parties = new ArrayList<>();
            if (oneParty && t > 0) {
                parties = desks.getFirst();
            } else {
                for (int i = 0; i < (oneParty ? 1 : PARTIES_PER_WRITER); i++) {
                    parties.add(register(app, "株式会社書込" + tag + "の" + t + "号" + i, List.of()));
                }
            }
            desks.add(parties);
        }
        Map<String, Object> caller = new LinkedHashMap<>();
        caller.put("name", "担当");
        caller.put("fullNameGiven", false);
        caller.put("role", "営業");
        AtomicInteger failures = new AtomicInteger();
        // A freshly started JVM runs the product interpreted at first; a few hundred writes let the JIT catch up, as
        // it would have in a product that has been serving for a while.
        long warmEnd = System.nanoTime() + WARMUP_LIMIT.toNanos();
        for (int i = 0; i < warmupCalls && System.nanoTime() < warmEnd; i++) {
            app.post("/api/v1/parties/" + desks.get(0).get(i % desks.get(0).size()) + "/callers", caller);
        }
        return timed(threads, warmup, measured, app::cpuNanos, t -> {
            List<String> parties = desks.get(t);
            AtomicInteger next = new AtomicInteger();
            return () -> {
                String party = parties.get(next.getAndIncrement() % parties.size());
                RunningApplication.Response response = app.post("/api/v1/parties/" + party + "/callers", caller);
                if (response.status() != 201) {
                    if (failures.getAndIncrement() == 0) {
                        LOG.warn("a write answered {}", response);
                    }
                    return false;
                }
                return true;
            };
        });
    }

    /** The write and status-read latencies on parties of one history length. */
    record HistoryLatencies(Latencies writes, Latencies reads) {}

    /**
     * Round after round, on each history length in turn, one write (a caller recorded, as B1) and one status read
     * ({@code GET /api/v1/parties/{id}}) on the next of its parties, each timed: the lengths share the run's load, JIT
     * and database. The warm-up rounds come first and are not counted; the first of them loads each party once.
     */
    static Map<Integer, HistoryLatencies> historyLengths(
            RunningApplication app, Map<Integer, List<String>> partiesByLength, int warmupRounds, int rounds) {
        Map<String, Object> caller = new LinkedHashMap<>();
        caller.put("name", "担当");
        caller.put("fullNameGiven", false);
        caller.put("role", "営業");
        Map<Integer, long[]> writes = new LinkedHashMap<>();
        Map<Integer, long[]> reads = new LinkedHashMap<>();
        partiesByLength.keySet().forEach(length -> {
            writes.put(length, new long[rounds]);
            reads.put(length, new long[rounds]);
        });
        for (int round = -warmupRounds; round < rounds; round++) {
            for (Map.Entry<Integer, List<String>> length : partiesByLength.entrySet()) {
                List<String> parties = length.getValue();
                String party = "/api/v1/parties/" + parties.get(Math.floorMod(round, parties.size()));
                long start = System.nanoTime();
                RunningApplication.Response written = app.post(party + "/callers", caller);
                long wrote = System.nanoTime();
                RunningApplication.Response read = app.get(party);
                long done = System.nanoTime();
                if (written.status() != 201 || read.status() != 200) {
                    if (round < 0) {
                        // A party seeded without a snapshot is first loaded from every event by a cold JVM, which on
                        // a busy machine can outlast the transaction's deadline: the warm-up tries again.
                        LOG.warn("a warm-up call failed ({} / {}); trying on", written.status(), read.status());
                        continue;
                    }
                    throw new IllegalStateException("a call failed: " + written + " / " + read);
                }
                if (round >= 0) {
                    writes.get(length.getKey())[round] = wrote - start;
                    reads.get(length.getKey())[round] = done - wrote;
                }
            }
        }
        Map<Integer, HistoryLatencies> latencies = new LinkedHashMap<>();
        partiesByLength
                .keySet()
                .forEach(length -> latencies.put(
                        length,
                        new HistoryLatencies(
                                Latencies.of(writes.get(length), rounds), Latencies.of(reads.get(length), rounds))));
        return latencies;
    }

    /**
     * Raw JDBC single-row {@code INSERT} + {@code COMMIT} into the same event table, as {@code WriteBenchmark}, kept as
     * durable as the product keeps an acknowledged write: on H2 each commit written to the file ({@code WRITE_DELAY=0})
     * and the file then forced to the disk, as the product's default does; on PostgreSQL the server's own commit, under
     * the same server settings as the product.
     */
    static Rate rawInserts(Target target, int threads, Duration warmup, Duration measured) {
        boolean h2 = target.kind() == Kind.H2;
        Target durable =
                h2 ? new Target(target.database(), target.jdbcUrl() + ";WRITE_DELAY=0", target.kind()) : target;
        try (HikariDataSource pool = pool(durable, Math.max(threads, 2));
                FileChannel file = h2 ? FileChannel.open(h2File(target), StandardOpenOption.WRITE) : null) {
            return timed(threads, warmup, measured, () -> -1L, t -> {
                String aggregate = UUID.randomUUID().toString();
                AtomicLong sequence = new AtomicLong();
                return () -> insert(pool, aggregate, sequence.getAndIncrement()) && (file == null || force(file));
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the database file of " + target.jdbcUrl(), e);
        }
    }

    /** The file of an H2 file database. */
    static Path h2File(Target target) {
        return Path.of(target.jdbcUrl().substring("jdbc:h2:file:".length()) + ".mv.db");
    }

    private static boolean force(FileChannel file) {
        try {
            file.force(true);
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot force the database file", e);
        }
    }

    /**
     * Synchronous 4 KB writes a second ({@code O_DSYNC}, one writer) to a file in this directory: what its disk allows a
     * writer that waits for each write to be on the disk, the physical limit under any durable commit.
     */
    static double syncWritesPerSecond(Path directory, Duration measured) {
        Path probe = directory.resolve("sync-probe");
        ByteBuffer block = ByteBuffer.allocateDirect(4096);
        int blocks = 256;
        try (FileChannel file = FileChannel.open(
                probe, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.DSYNC)) {
            // Written once first, so that the measured writes overwrite blocks that exist rather than grow the file.
            for (int i = 0; i < blocks; i++) {
                file.write(block.clear(), i * 4096L);
            }
            long writes = 0;
            long start = System.nanoTime();
            long end = start + measured.toNanos();
            while (System.nanoTime() < end) {
                file.write(block.clear(), (writes++ % blocks) * 4096L);
            }
            return writes / ((System.nanoTime() - start) / 1e9);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + probe, e);
        } finally {
            try {
                Files.deleteIfExists(probe);
            } catch (IOException e) {
                LOG.warn("cannot delete {}", probe, e);
            }
        }
    }

    private static boolean insert(DataSource pool, String aggregate, long sequence) {
        try (Connection connection = pool.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement(WriteBenchmark.INSERT)) {
                insert.setString(1, UUID.randomUUID().toString());
                insert.setString(2, aggregate);
                insert.setLong(3, sequence);
                insert.setString(4, "PartyAggregate");
                insert.setString(5, Instant.now().toString());
                insert.setString(6, "CallerIdentified");
                insert.setString(7, null);
                insert.setBytes(8, WriteBenchmark.PAYLOAD);
                insert.setBytes(9, WriteBenchmark.META_DATA);
                int rows = insert.executeUpdate();
                connection.commit();
                return rows == 1;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("raw insert failed", e);
        }
    }

    /**
     * Successful operations a second in the measured time, and the product's CPU time (its process's user and system
     * time, all threads) an operation of the measured time, in milliseconds; NaN when not known.
     */
    record Rate(double perSecond, double cpuMillis) {}

    /** A unit of work that says whether it succeeded. */
    private interface Operation {
        boolean run();
    }

    /** A thread's operation, made once per thread before the clock starts. */
    private interface PerThread {
        Operation forThread(int thread);
    }

    /**
     * Runs each thread's operation back to back for the warm-up and then the measured time, and answers the successful
     * operations per second of the measured time, and the CPU time {@code cpu} counted during it an operation.
     */
    private static Rate timed(int threads, Duration warmup, Duration measured, LongSupplier cpu, PerThread perThread) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
        try {
            long start = System.nanoTime();
            long measureFrom = start + warmup.toNanos();
            long end = measureFrom + measured.toNanos();
            List<Future<Long>> counts = new ArrayList<>();
            var cpuAtStart = clock.schedule(cpu::getAsLong, measureFrom - System.nanoTime(), TimeUnit.NANOSECONDS);
            var cpuAtEnd = clock.schedule(cpu::getAsLong, end - System.nanoTime(), TimeUnit.NANOSECONDS);
            for (int t = 0; t < threads; t++) {
                Operation operation = perThread.forThread(t);
                counts.add(pool.submit(() -> {
                    long done = 0;
                    long now;
                    while ((now = System.nanoTime()) < end) {
                        boolean ok = operation.run();
                        if (ok && now >= measureFrom) {
                            done++;
                        }
                    }
                    return done;
                }));
            }
            long total = 0;
            for (Future<Long> count : counts) {
                total += count.get(warmup.plus(measured).toSeconds() + 120, TimeUnit.SECONDS);
            }
            long cpuStart = cpuAtStart.get(60, TimeUnit.SECONDS);
            long cpuEnd = cpuAtEnd.get(60, TimeUnit.SECONDS);
            double cpuMillis = cpuStart < 0 || total == 0 ? Double.NaN : (cpuEnd - cpuStart) / 1e6 / total;
            return new Rate(total / (measured.toNanos() / 1e9), cpuMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("a client thread failed", e);
        } finally {
            pool.shutdownNow();
            clock.shutdownNow();
        }
    }

    private static String register(RunningApplication app, String name, List<String> phones) {
        Map<String, Object> party = new LinkedHashMap<>();
        party.put("kind", "RESELLER");
        party.put("name", name);
        party.put("phones", phones);
        RunningApplication.Response response = app.post("/api/v1/parties", party);
        if (response.status() != 201) {
            throw new IllegalStateException("could not register a party: " + response);
        }
        return response.json().get("partyId").asString();
    }

    // ---- B4 over HTTP -----------------------------------------------------------------------------------------------

    /** Latencies in microseconds: median, 99th percentile, mean, and how many calls. */
    record Latencies(double p50, double p99, double mean, int count, double cpuMillis) {
        static Latencies of(long[] nanos, int count) {
            long[] sorted = Arrays.copyOf(nanos, count);
            Arrays.sort(sorted);
            double mean = Arrays.stream(sorted).average().orElse(Double.NaN) / 1e3;
            return new Latencies(percentile(sorted, 50) / 1e3, percentile(sorted, 99) / 1e3, mean, count, Double.NaN);
        }

        private static double percentile(long[] sorted, double p) {
            if (sorted.length == 0) {
                return Double.NaN;
            }
            int index = (int) Math.ceil(p / 100 * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
        }
    }

    /**
     * {@code POST /api/v1/screenings} with each of the calls in turn, from one client, back to back: after the warm-up
     * (its time and at least {@code warmupCalls} calls, within two minutes) every call's time from sending to the whole answer read, at most {@code limit} calls or the measured time.
     */
    static Latencies screenings(
            RunningApplication app,
            List<ScreeningRequest> calls,
            Duration warmup,
            Duration measured,
            int warmupCalls,
            int limit) {
        List<Map<String, Object>> bodies =
                calls.stream().map(HttpBenchmarks::body).toList();
        int next = 0;
        long warmStart = System.nanoTime();
        long warmEnd = warmStart + warmup.toNanos();
        long warmLimit = warmStart + WARMUP_LIMIT.toNanos();
        // At least the warm-up time and the warm-up calls, so the JIT has compiled the product's screening path.
        while (System.nanoTime() < warmEnd || (next < warmupCalls && System.nanoTime() < warmLimit)) {
            screen(app, bodies.get(next++ % bodies.size()));
        }
        long[] nanos = new long[limit];
        int count = 0;
        long cpu = app.cpuNanos();
        long end = System.nanoTime() + measured.toNanos();
        while (count < limit && System.nanoTime() < end) {
            long started = System.nanoTime();
            screen(app, bodies.get(next++ % bodies.size()));
            nanos[count++] = System.nanoTime() - started;
        }
        Latencies latencies = Latencies.of(nanos, count);
        double cpuMillis = (app.cpuNanos() - cpu) / 1e6 / count;
        return new Latencies(latencies.p50(), latencies.p99(), latencies.mean(), count, cpuMillis);
    }

    private static JsonNode screen(RunningApplication app, Map<String, Object> body) {
        RunningApplication.Response response = app.post("/api/v1/screenings", body);
        if (response.status() != 200) {
            throw new IllegalStateException("a screening answered " + response + " to " + body);
        }
        return response.json();
    }

    /** The API's screening body for a request the generator made, as staff would type it. */
    static Map<String, Object> body(ScreeningRequest request) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (request.companyName() != null) {
            body.put("companyName", request.companyName().value());
        }
        if (request.callerName() != null) {
            body.put("callerName", request.callerName().value());
        }
        body.put("callerNameWithheld", request.callerNameWithheld());
        if (request.phone() != null) {
            body.put("phone", request.phone().display());
        }
        if (request.address() != null) {
            body.put("address", request.address().value());
        }
        if (request.bankAccount() != null) {
            var account = request.bankAccount();
            Map<String, Object> bank = new LinkedHashMap<>();
            bank.put("bank", account.bank());
            bank.put("branch", account.branch());
            bank.put("type", account.type() == null ? null : account.type().name());
            bank.put("number", account.number());
            bank.put("holder", account.holder());
            body.put("bankAccount", bank);
        }
        if (request.representative() != null) {
            body.put("representative", request.representative().value());
        }
        if (request.requesterKind() != null) {
            body.put("requesterKind", request.requesterKind().name());
        }
        body.put("onBehalfOfCustomer", request.onBehalfOfCustomer());
        if (request.channel() != null) {
            body.put("channel", request.channel().name());
        }
        return body;
    }

    // ---- B6 lag -----------------------------------------------------------------------------------------------------

    /**
     * Per view, the time from a write's acknowledgement to the answer of the first read that shows its effect, and
     * the time of the same read once the effect is there (the baseline: what a read costs anyway); and how many
     * effects the very first read already showed.
     */
    record Lag(Map<String, Latencies> lag, Map<String, Latencies> read, Map<String, Double> firstReadShowed) {}

    /**
     * Writes paced at {@code writesPerSecond} from one client, {@code writes} in all: in turn, a reseller registered
     * with a number of its own, then that reseller terminated. Right after each acknowledgement the client reads one
     * view until the effect shows, the views taken in turn so that each is read first after its own writes: a
     * registration in {@code GET /parties/{id}} or in a screening by its number; a termination in {@code GET
     * /parties?status=TERMINATED&q=number} or as the match's status in a screening by its number.
     */
    static Lag lag(RunningApplication app, double writesPerSecond, int writes) {
        long base = ThreadLocalRandom.current().nextLong(10_000_000L, 90_000_000L - writes);
        Map<String, Samples> samples = new LinkedHashMap<>();
        for (String view : List.of("party", "screening after registration", "list by status", "screening status")) {
            samples.put(view, new Samples(writes));
        }
        AtomicInteger done = new AtomicInteger();
        String[] party = new String[1];
        String[] phone = new String[1];
        CountDownLatch finished = new CountDownLatch(1);
        ScheduledExecutorService pacer = Executors.newSingleThreadScheduledExecutor();
        long interval = (long) (1e9 / writesPerSecond);
        pacer.scheduleAtFixedRate(
                () -> {
                    int i = done.get();
                    if (i >= writes) {
                        finished.countDown();
                        return;
                    }
                    // Registrations and terminations alternate; every second pair reads the screening instead.
                    boolean screeningView = (i / 2) % 2 == 1;
                    try {
                        if (i % 2 == 0) {
                            long number = base + i;
                            phone[0] = String.format("050-%04d-%04d", number / 10_000, number % 10_000);
                            party[0] = register(app, "株式会社遅延計測" + number, List.of(phone[0]));
                            long acknowledged = System.nanoTime();
                            String id = party[0];
                            String registered = phone[0];
                            if (screeningView) {
                                samples.get("screening after registration")
                                        .observe(
                                                acknowledged,
                                                () -> app.post("/api/v1/screenings", phoneScreening(registered)),
                                                r -> matchStatus(r, id) != null);
                            } else {
                                samples.get("party")
                                        .observe(
                                                acknowledged,
                                                () -> app.get("/api/v1/parties/" + id),
                                                r -> r.status() == 200);
                            }
                        } else {
                            String id = party[0];
                            String registered = phone[0];
                            RunningApplication.Response terminated =
                                    app.post("/api/v1/parties/" + id + "/termination", Map.of("reason", "遅延の計測"));
                            if (terminated.status() != 201) {
                                throw new IllegalStateException("termination answered " + terminated);
                            }
                            long acknowledged = System.nanoTime();
                            if (screeningView) {
                                samples.get("screening status")
                                        .observe(
                                                acknowledged,
                                                () -> app.post("/api/v1/screenings", phoneScreening(registered)),
                                                r -> "TERMINATED".equals(matchStatus(r, id)));
                            } else {
                                String digits = registered.replace("-", "");
                                samples.get("list by status")
                                        .observe(
                                                acknowledged,
                                                () -> app.get("/api/v1/parties?status=TERMINATED&q=" + digits),
                                                r -> r.status() == 200
                                                        && r.body().contains(id));
                            }
                        }
                    } catch (RuntimeException e) {
                        LOG.warn("lag write {} failed", i, e);
                    }
                    if (done.incrementAndGet() >= writes) {
                        finished.countDown();
                    }
                },
                0,
                interval,
                TimeUnit.NANOSECONDS);
        try {
            long limit = (long) (writes / writesPerSecond) + 120;
            if (!finished.await(limit, TimeUnit.SECONDS)) {
                LOG.warn("the lag run did not finish {} writes in {} s", writes, limit);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } finally {
            pacer.shutdownNow();
        }
        Map<String, Latencies> lag = new LinkedHashMap<>();
        Map<String, Latencies> read = new LinkedHashMap<>();
        Map<String, Double> first = new LinkedHashMap<>();
        samples.forEach((view, taken) -> {
            lag.put(view, Latencies.of(taken.lags, taken.count));
            read.put(view, Latencies.of(taken.reads, taken.count));
            first.put(view, taken.count == 0 ? Double.NaN : taken.firstReads / (double) taken.count);
        });
        return new Lag(lag, read, first);
    }

    /** One view's lags and repeated reads, written by the pacing thread alone. */
    private static final class Samples {
        private final long[] lags;
        private final long[] reads;
        private int count;
        private int firstReads;

        Samples(int capacity) {
            lags = new long[capacity];
            reads = new long[capacity];
        }

        /** Reads until the effect shows, then once more, timing the first from the acknowledgement, the second alone. */
        void observe(
                long acknowledged,
                Supplier<RunningApplication.Response> read,
                Predicate<RunningApplication.Response> shows) {
            long deadline = acknowledged + LAG_LIMIT.toNanos();
            int attempts = 0;
            boolean seen = false;
            while (!seen && System.nanoTime() < deadline) {
                attempts++;
                seen = shows.test(read.get());
            }
            long visible = System.nanoTime();
            if (!seen) {
                throw new IllegalStateException("the effect did not show within " + LAG_LIMIT);
            }
            long again = System.nanoTime();
            if (!shows.test(read.get())) {
                throw new IllegalStateException("the effect showed, then did not");
            }
            reads[count] = System.nanoTime() - again;
            lags[count] = visible - acknowledged;
            count++;
            if (attempts == 1) {
                firstReads++;
            }
        }
    }

    private static Map<String, Object> phoneScreening(String phone) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("phone", phone);
        body.put("onBehalfOfCustomer", false);
        return body;
    }

    /** The status the screening gives the party among its matches, or null when it is not among them. */
    private static String matchStatus(RunningApplication.Response response, String partyId) {
        if (response.status() != 200) {
            return null;
        }
        for (JsonNode match : response.json().path("matches")) {
            if (partyId.equals(match.path("partyId").asString())) {
                return match.path("status").asString();
            }
        }
        return null;
    }

    // ---- startup ----------------------------------------------------------------------------------------------------

    /**
     * How long a start took to the first healthy answer, the processor time the process had used by then (all its
     * threads; on a machine shared with other work it varies far less than the time on the clock) and its resident
     * set at that moment.
     */
    record Startup(long nanos, long cpuNanos, RunningApplication.Resident resident) {}

    /** The product's first start on an empty data directory from this jar, to a healthy answer. */
    static Startup productStartup(Path dataDir, Path jar, List<String> jvmOptions, Path log) {
        deleteRecursively(dataDir);
        try (RunningApplication app =
                RunningApplication.start(RunningApplication.Database.h2(dataDir), jvmOptions, jar, log)) {
            return new Startup(app.startupNanos(), app.cpuNanos(), app.resident());
        }
    }

    /** The JDK's own HTTP server from this jar, timed the same way: from process start to the first 200. */
    static Startup bareStartup(List<String> jvmOptions, Path log) {
        int port = RunningApplication.freePort();
        List<String> command = new ArrayList<>();
        command.add(RunningApplication.java().toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(HelloServer.class.getName());
        command.add(Integer.toString(port));
        return startup(command, "http://127.0.0.1:" + port + "/health", log);
    }

    /** The minimal Spring Boot web application from this jar, timed the same way, to its actuator's 200. */
    static Startup minimalStartup(Path jar, List<String> jvmOptions, Path log) {
        int port = RunningApplication.freePort();
        List<String> command = new ArrayList<>();
        command.add(RunningApplication.java().toString());
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(jar.toAbsolutePath().toString());
        command.add("--server.address=127.0.0.1");
        command.add("--server.port=" + port);
        return startup(command, "http://127.0.0.1:" + port + "/actuator/health", log);
    }

    private static Startup startup(List<String> command, String health, Path log) {
        try (HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build()) {
            Files.createDirectories(log.getParent());
            ProcessBuilder builder =
                    new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().remove("JDK_JAVA_OPTIONS");
            builder.environment().remove("JAVA_TOOL_OPTIONS");
            long started = System.nanoTime();
            Process process = builder.start();
            try {
                long nanos =
                        RunningApplication.awaitHealthy(process, client, java.net.URI.create(health), started, log);
                long cpu =
                        process.info().totalCpuDuration().map(Duration::toNanos).orElse(-1L);
                return new Startup(nanos, cpu, RunningApplication.Resident.of(process.pid()));
            } finally {
                process.destroy();
                process.waitFor(30, TimeUnit.SECONDS);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    // ---- heap -------------------------------------------------------------------------------------------------------

    /**
     * The heap in use after a full collection as G1 counts it (whole regions' used bytes), the bytes of the live
     * objects the class histogram counted, and the top of that histogram as jcmd prints it.
     */
    record HeapUse(double usedBytes, double liveBytes, List<String> histogram) {}

    /**
     * Uses the product as staff would for a moment (each call screened once and each party of the sample read), then
     * asks the JVM through {@code jcmd} for a full collection, the heap in use after it, and the classes holding it.
     */
    static HeapUse heap(
            RunningApplication app, List<ScreeningRequest> calls, List<String> partyIds, int histogramLines) {
        calls.forEach(call -> screen(app, body(call)));
        partyIds.forEach(id -> app.get("/api/v1/parties/" + id));
        // GC.class_histogram collects fully first, so it counts live objects only.
        List<String> histogram = jcmd(app.pid(), "GC.class_histogram");
        jcmd(app.pid(), "GC.run");
        List<String> info = jcmd(app.pid(), "GC.heap_info");
        double used = info.stream()
                .map(USED::matcher)
                .filter(java.util.regex.Matcher::find)
                .mapToDouble(m -> Double.parseDouble(m.group(1)) * 1024)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no heap use in " + info));
        double live = histogram.stream()
                .filter(line -> line.trim().startsWith("Total"))
                .map(line -> line.trim().split("\\s+"))
                .mapToDouble(fields -> Double.parseDouble(fields[fields.length - 1]))
                .findFirst()
                .orElse(Double.NaN);
        int header = 0;
        while (header < histogram.size() && !histogram.get(header).trim().startsWith("num")) {
            header++;
        }
        List<String> top = new ArrayList<>(histogram.subList(
                Math.min(header, histogram.size()), Math.min(histogram.size(), header + 2 + histogramLines)));
        histogram.stream()
                .filter(line -> line.trim().startsWith("Total"))
                .findFirst()
                .ifPresent(top::add);
        return new HeapUse(used, live, top);
    }

    /** G1's line: {@code garbage-first heap   total reserved 2097152K, committed 262144K, used 91234K [...]}. */
    private static final java.util.regex.Pattern USED = java.util.regex.Pattern.compile("heap .*used (\\d+)K");

    private static List<String> jcmd(long pid, String command) {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        try {
            Process process = new ProcessBuilder(jcmd.toString(), Long.toString(pid), command)
                    .redirectErrorStream(true)
                    .start();
            List<String> lines;
            try (var reader = process.inputReader()) {
                lines = reader.lines().toList();
            }
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("jcmd " + command + " failed: " + lines);
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + jcmd, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
