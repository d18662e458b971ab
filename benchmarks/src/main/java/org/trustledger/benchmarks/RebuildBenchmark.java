package org.trustledger.benchmarks;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.trustledger.adapters.persistence.personal.JdbcPersonIds;
import org.trustledger.adapters.persistence.personal.MasterKey;
import org.trustledger.adapters.persistence.rebuild.JdbcReadModelShadow;
import org.trustledger.adapters.persistence.support.TestDatabases;
import org.trustledger.adapters.persistence.support.TestDatabases.Kind;
import org.trustledger.application.axon.AxonPartyHistories;
import org.trustledger.application.port.in.RebuildProgress;
import org.trustledger.application.port.out.JobLeases;
import org.trustledger.application.port.out.RebuildRuns;
import org.trustledger.application.service.RebuildService;
import org.trustledger.domain.screening.Screening;
import org.trustledger.domain.trust.TrustPolicy;
import org.trustledger.domain.trust.TrustPolicySettings;

/**
 * B2: a whole rebuild of the read models — every stored event through the product's party projection into new tables,
 * every party's trust assessed, the catch-up and the swap — against the floor under any replay: a raw keyset read of
 * the same event table, a thousand rows to a query, with a batched upsert of one {@code party_view} row per event into
 * the same read-model table. One operation is one whole pass over the ledger (single-shot time); events per second are
 * the ledger's size over it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xmx2g"})
public class RebuildBenchmark {
    private static final Logger LOG = LoggerFactory.getLogger(RebuildBenchmark.class);
    private static final int PAGE = 1_000;

    @Param({"H2"})
    public Kind database;

    /** The ledger's size; a million is the target, the default is smaller so a run of the suite stays short. */
    @Param({"200000"})
    public long events;

    /**
     * The parties the events are spread over: assessing each party is the part of a rebuild that grows with them, so
     * many short histories are its slow shape; the target's is 100 000 parties for a million events.
     */
    @Param({"20000"})
    public int parties;

    private HikariDataSource pool;
    private EmbeddedEventStore eventStore;
    private RebuildService rebuild;
    private final InMemoryRuns runs = new InMemoryRuns();
    private long stored;

    @Setup(Level.Trial)
    public void storeTheLedger() {
        HikariConfig config = new HikariConfig();
        config.setDataSource(TestDatabases.migrated(database));
        config.setPoolName("rebuild-" + database.name().toLowerCase(Locale.ROOT));
        config.setMaximumPoolSize(4);
        pool = new HikariDataSource(config);
        javax.sql.DataSource dataSource = pool;
        long started = System.nanoTime();
        stored = new RebuildLedger().store(EventStores.engine(dataSource), events, parties);
        JdbcClient.create(dataSource).sql("ANALYZE").update();
        LOG.info(String.format(
                "%s: stored %d events of %d parties in %.1f s",
                database, stored, parties, (System.nanoTime() - started) / 1e9));
        eventStore = EmbeddedEventStore.builder()
                .storageEngine(EventStores.engine(dataSource))
                .build();
        rebuild = new RebuildService(
                new JdbcReadModelShadow(
                        JdbcClient.create(dataSource),
                        new JdbcTransactionManager(dataSource),
                        Duration.ofSeconds(20),
                        // The people index the rebuild fills names people by ids keyed as the product keys them.
                        new JdbcPersonIds(
                                JdbcClient.create(dataSource),
                                MasterKey.ofBase64(MasterKey.generate()),
                                Clock.systemUTC())),
                EventStores.replay(dataSource),
                new AxonPartyHistories(eventStore),
                new TrustPolicy(TrustPolicySettings.defaults()),
                new Screening(),
                runs,
                new InMemoryLeases(),
                Runnable::run,
                Clock.systemUTC(),
                "bench",
                Duration.ofSeconds(10),
                progress -> LOG.info(
                        "{} {} {}/{} events, {}/{} parties",
                        progress.state(),
                        progress.phase(),
                        progress.eventsDone(),
                        progress.eventsTotal(),
                        progress.partiesDone(),
                        progress.partiesTotal()));
    }

    @TearDown(Level.Trial)
    public void close() {
        eventStore.shutDown();
        pool.close();
    }

    /** The product's rebuild, start to swap, run on this thread. */
    @Benchmark
    public long rebuild() {
        rebuild.start("bench");
        RebuildProgress done = runs.latest().orElseThrow();
        if (done.state() != RebuildProgress.State.SUCCEEDED || done.eventsDone() != stored) {
            throw new IllegalStateException("the rebuild did not replay the ledger: " + done);
        }
        return done.eventsDone();
    }

    /** A keyset read of the event table and one batched upsert of a party's row per event, a page per transaction. */
    @Benchmark
    public long rawReplay() throws SQLException {
        String upsert = database == Kind.H2
                ? "MERGE INTO party_view (generation, party_id, kind, name, name_key, details, terminated,"
                        + " outstanding_yen, trouble_count, registered_at, updated_at, last_sequence, search_key,"
                        + " phone_digits) KEY (generation, party_id)"
                        + " VALUES (1, ?, 'CUSTOMER', ?, ?, '{}', FALSE, 0, 0, ?, ?, ?, '', ' ')"
                : "INSERT INTO party_view (generation, party_id, kind, name, name_key, details, terminated,"
                        + " outstanding_yen, trouble_count, registered_at, updated_at, last_sequence, search_key,"
                        + " phone_digits) VALUES (1, ?, 'CUSTOMER', ?, ?, '{}', FALSE, 0, 0, ?, ?, ?, '', ' ')"
                        + " ON CONFLICT (generation, party_id) DO UPDATE SET name = EXCLUDED.name, updated_at = EXCLUDED.updated_at,"
                        + " last_sequence = EXCLUDED.last_sequence";
        long read = 0;
        long after = -1;
        try (Connection connection = pool.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement select = connection.prepareStatement(
                            "SELECT global_index, aggregate_identifier, sequence_number, time_stamp, payload"
                                    + " FROM domain_event_entry WHERE global_index > ? ORDER BY global_index LIMIT ?");
                    PreparedStatement write = connection.prepareStatement(upsert)) {
                while (true) {
                    select.setLong(1, after);
                    select.setInt(2, PAGE);
                    int rows = 0;
                    try (ResultSet rs = select.executeQuery()) {
                        while (rs.next()) {
                            after = rs.getLong(1);
                            String party = rs.getString(2);
                            Timestamp at = Timestamp.from(Instant.parse(rs.getString(4)));
                            byte[] payload = rs.getBytes(5);
                            write.setString(1, party);
                            write.setString(2, party);
                            write.setString(3, party + payload.length);
                            write.setObject(4, at.toInstant().atOffset(ZoneOffset.UTC));
                            write.setObject(5, at.toInstant().atOffset(ZoneOffset.UTC));
                            write.setLong(6, rs.getLong(3) + 1);
                            write.addBatch();
                            rows++;
                        }
                    }
                    if (rows > 0) {
                        write.executeBatch();
                        connection.commit();
                    }
                    read += rows;
                    if (rows < PAGE) {
                        break;
                    }
                }
            } finally {
                connection.setAutoCommit(true);
            }
        }
        if (read != stored) {
            throw new IllegalStateException("read " + read + " events of " + stored);
        }
        return read;
    }

    /** The benchmark runs one rebuild at a time on one node. */
    private static final class InMemoryLeases implements JobLeases {
        private String holder;

        @Override
        public synchronized boolean tryAcquire(String job, String holder, Instant now, Duration length) {
            if (this.holder == null || this.holder.equals(holder)) {
                this.holder = holder;
                return true;
            }
            return false;
        }

        @Override
        public synchronized void release(String job, String holder) {
            if (holder.equals(this.holder)) {
                this.holder = null;
            }
        }
    }

    private static final class InMemoryRuns implements RebuildRuns {
        private final List<RebuildProgress> all = new ArrayList<>();

        @Override
        public synchronized void save(RebuildProgress progress) {
            all.removeIf(p -> p.id().equals(progress.id()));
            all.add(progress);
        }

        @Override
        public synchronized Optional<RebuildProgress> find(UUID id) {
            return all.stream().filter(p -> p.id().equals(id)).findFirst();
        }

        @Override
        public synchronized Optional<RebuildProgress> latest() {
            return all.isEmpty() ? Optional.empty() : Optional.of(all.getLast());
        }
    }
}
