package org.trustledger.benchmarks;

import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * What durable acknowledgements cost on the embedded database, all settings in one run: writes a second through the
 * running product over HTTP (1 and 4 clients), and bare commits a second into an H2 file, for the released setting
 * (H2's default write delay of 500 ms), commits written to the file ({@code WRITE_DELAY=0}) and commits also forced to
 * the disk ({@code WRITE_DELAY=0} and an fsync per commit, the product's default).
 *
 * <p>{@code java -cp benchmarks/target/benchmarks.jar org.trustledger.benchmarks.DurabilityCost [rounds]}, from the
 * repository root, after {@code ./mvnw -Pbenchmarks -pl benchmarks -am package -DskipTests}.
 */
public final class DurabilityCost {
    private static final Duration WARMUP = Duration.ofSeconds(5);
    private static final Duration MEASURED = Duration.ofSeconds(15);

    /** One durability setting of the embedded database. */
    enum Setting {
        RELEASED(";DB_CLOSE_ON_EXIT=FALSE", null, false),
        WRITTEN(";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0", "false", false),
        SYNCED(";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0", "true", true);

        final String urlSuffix;
        final String syncCommits;
        final boolean fsync;

        Setting(String urlSuffix, String syncCommits, boolean fsync) {
            this.urlSuffix = urlSuffix;
            this.syncCommits = syncCommits;
            this.fsync = fsync;
        }

        List<String> arguments(Path dataDir) {
            List<String> arguments = new ArrayList<>(List.of(
                    "--trustledger.data-dir=" + dataDir.toAbsolutePath(),
                    "--spring.datasource.url=jdbc:h2:file:" + dataDir.toAbsolutePath() + "/trustledger" + urlSuffix));
            if (syncCommits != null) {
                arguments.add("--trustledger.durability.sync-commits=" + syncCommits);
            }
            return arguments;
        }
    }

    private DurabilityCost() {}

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 1;
        Path work = Files.createTempDirectory("durability-cost");
        for (int round = 1; round <= rounds; round++) {
            for (Setting setting : Setting.values()) {
                System.out.printf(
                        Locale.ROOT,
                        "bare commits/s  %-8s round %d: 1 thread %8.0f   4 threads %8.0f%n",
                        setting,
                        round,
                        bareCommits(work.resolve("bare-" + setting + round + "-1"), setting, 1),
                        bareCommits(work.resolve("bare-" + setting + round + "-4"), setting, 4));
            }
            for (Setting setting : Setting.values()) {
                Path dataDir = work.resolve("product-" + setting + round);
                var database = new RunningApplication.Database("H2 " + setting, setting.arguments(dataDir));
                try (var app = RunningApplication.start(
                        database, List.of("-Xmx512m"), work.resolve("product-" + setting + round + ".log"))) {
                    HttpBenchmarks.Rate one = HttpBenchmarks.writes(app, 1, false, WARMUP, MEASURED, 300);
                    HttpBenchmarks.Rate four = HttpBenchmarks.writes(app, 4, false, WARMUP, MEASURED, 0);
                    System.out.printf(
                            Locale.ROOT,
                            "HTTP writes/s   %-8s round %d: 1 client %8.1f   4 clients %8.1f   (CPU ms a write: %.1f,"
                                    + " %.1f)%n",
                            setting,
                            round,
                            one.perSecond(),
                            four.perSecond(),
                            one.cpuMillis(),
                            four.cpuMillis());
                }
            }
        }
        HttpBenchmarks.deleteRecursively(work);
    }

    /** Single-row inserts of an event's size, each committed, for five seconds; commits a second. */
    static double bareCommits(Path dir, Setting setting, int threads) throws Exception {
        String url = "jdbc:h2:file:" + dir.toAbsolutePath() + "/bare" + setting.urlSuffix;
        try (Connection keep = DriverManager.getConnection(url, "sa", "");
                Statement ddl = keep.createStatement()) {
            ddl.execute("CREATE TABLE event (id BIGINT AUTO_INCREMENT PRIMARY KEY, payload VARBINARY(1000))");
            try (FileChannel file = FileChannel.open(dir.resolve("bare.mv.db"), StandardOpenOption.WRITE)) {
                ExecutorService pool = Executors.newFixedThreadPool(threads);
                long end = System.nanoTime() + Duration.ofSeconds(5).toNanos();
                List<Future<Long>> counts = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    counts.add(pool.submit(() -> {
                        long done = 0;
                        try (Connection connection = DriverManager.getConnection(url, "sa", "");
                                PreparedStatement insert =
                                        connection.prepareStatement("INSERT INTO event (payload) VALUES (?)")) {
                            connection.setAutoCommit(false);
                            while (System.nanoTime() < end) {
                                insert.setBytes(1, WriteBenchmark.PAYLOAD);
                                insert.executeUpdate();
                                connection.commit();
                                if (setting.fsync) {
                                    file.force(true);
                                }
                                done++;
                            }
                        } catch (SQLException e) {
                            throw new IllegalStateException(e);
                        }
                        return done;
                    }));
                }
                long total = 0;
                for (Future<Long> count : counts) {
                    total += count.get(1, TimeUnit.MINUTES);
                }
                pool.shutdown();
                return total / 5.0;
            }
        }
    }
}
