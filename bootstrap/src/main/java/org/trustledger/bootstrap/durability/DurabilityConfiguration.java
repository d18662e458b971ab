package org.trustledger.bootstrap.durability;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.trustledger.application.port.in.RecordPartyCommandUseCase;
import org.trustledger.application.service.PartyCommandService;
import org.trustledger.bootstrap.durability.StoreDurability.Survives;

/**
 * Finds out at start what the store promises about an acknowledged write, says it in the log (with a warning naming
 * what is lost when the promise is weaker than it should be), shows it in the health endpoint, and on the embedded
 * database forces every commit that wrote to the disk when {@code trustledger.durability.sync-commits} asks for it.
 */
@Configuration(proxyBeanMethods = false)
public class DurabilityConfiguration {
    private static final Logger LOG = LoggerFactory.getLogger(DurabilityConfiguration.class);

    @Bean
    StoreDurability storeDurability(DataSource dataSource, DurabilityProperties properties) throws SQLException {
        StoreDurability durability;
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            String product = connection.getMetaData().getDatabaseProductName();
            durability = switch (product) {
                case "H2" -> h2(statement, properties.syncCommitsOrDefault());
                case "PostgreSQL" ->
                    postgresql(statement, connection.getMetaData().getURL());
                default ->
                    new StoreDurability(
                            product,
                            Survives.PROCESS_CRASH,
                            Optional.empty(),
                            Map.of(),
                            List.of("the product does not know what " + product + " promises; check its settings"));
            };
        }
        if (durability.warnings().isEmpty()) {
            LOG.info(durability.describe());
        } else {
            LOG.warn(durability.describe());
        }
        return durability;
    }

    /** Registered with the transaction manager by Spring Boot, as every transaction execution listener is. */
    @Bean
    CommitSync commitSync(StoreDurability durability, DataSource dataSource) {
        return durability
                .h2File()
                .map(file -> new CommitSync(file, CommitSync.boundTo(dataSource)))
                .orElse(null);
    }

    /**
     * The commands as the API records them: on the embedded database, answered once on the disk but flushed after the
     * party's lock is let go (see {@link CommitSync#deferringFlushes}); elsewhere the store flushes at its commit.
     */
    @Bean
    RecordPartyCommandUseCase durableRecording(PartyCommandService commands, ObjectProvider<CommitSync> sync) {
        CommitSync commitSync = sync.getIfAvailable();
        return commitSync == null ? commands : new DurableRecording(commands, commitSync);
    }

    /** The promise in force, in {@code /actuator/health}; never down, since a weak promise is not an outage. */
    @Bean
    HealthIndicator durabilityHealthIndicator(StoreDurability durability) {
        return () -> {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("store", durability.store());
            details.put("survives", durability.survives());
            details.put("settings", durability.settings());
            if (!durability.warnings().isEmpty()) {
                details.put("warnings", durability.warnings());
            }
            return Health.up().withDetails(details).build();
        };
    }

    private static StoreDurability h2(Statement statement, boolean syncCommits) throws SQLException {
        String path = single(statement, "SELECT DATABASE_PATH()");
        Map<String, String> settings = new LinkedHashMap<>();
        if (path == null) {
            return new StoreDurability(
                    "H2 in memory",
                    Survives.NOTHING,
                    Optional.empty(),
                    settings,
                    List.of("the database is in memory: everything is lost when the process ends"));
        }
        String writeDelay = single(
                statement, "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'WRITE_DELAY'");
        settings.put("WRITE_DELAY", writeDelay);
        settings.put("trustledger.durability.sync-commits", Boolean.toString(syncCommits));
        Path file = Path.of(path + ".mv.db").toAbsolutePath();
        String store = "H2 file " + file;
        List<String> warnings = new ArrayList<>();
        if (writeDelay == null || Integer.parseInt(writeDelay) != 0) {
            warnings.add("WRITE_DELAY=" + writeDelay + " in the JDBC URL: writes acknowledged in the last " + writeDelay
                    + " ms before a crash or kill of the process are lost; remove it (the default URL has"
                    + " WRITE_DELAY=0)");
            return new StoreDurability(store, Survives.NOT_A_PROCESS_CRASH, Optional.empty(), settings, warnings);
        }
        if (!syncCommits) {
            warnings.add("trustledger.durability.sync-commits=false: writes acknowledged shortly before a power loss"
                    + " or an operating-system crash can be lost (a crash of the process loses nothing)");
            return new StoreDurability(store, Survives.PROCESS_CRASH, Optional.empty(), settings, warnings);
        }
        return new StoreDurability(store, Survives.POWER_LOSS, Optional.of(file), settings, warnings);
    }

    private static StoreDurability postgresql(Statement statement, String url) throws SQLException {
        Map<String, String> settings = new LinkedHashMap<>();
        for (String name : List.of("fsync", "synchronous_commit", "full_page_writes")) {
            settings.put(name, single(statement, "SHOW " + name));
        }
        List<String> warnings = new ArrayList<>();
        Survives survives = Survives.POWER_LOSS;
        if (!"on".equals(settings.get("fsync"))) {
            warnings.add("fsync=" + settings.get("fsync") + " on the server: an operating-system crash or a power loss"
                    + " can lose acknowledged writes and corrupt the whole database; set fsync=on");
            survives = Survives.PROCESS_CRASH;
        }
        if (!"on".equals(settings.get("full_page_writes"))) {
            warnings.add("full_page_writes=" + settings.get("full_page_writes") + " on the server: a power loss can"
                    + " leave torn pages the database cannot recover; set full_page_writes=on");
            survives = Survives.PROCESS_CRASH;
        }
        String commit = settings.get("synchronous_commit");
        // local, remote_write and remote_apply all wait for the local flush; only off does not.
        if ("off".equals(commit)) {
            warnings.add("synchronous_commit=off: writes acknowledged up to about three times wal_writer_delay"
                    + " (600 ms by default) before a crash of the database server, an operating-system crash or a"
                    + " power loss are lost; set synchronous_commit=on");
            survives = Survives.PROCESS_CRASH;
        }
        // Up to the query string, which may hold a password.
        String server = url == null ? "" : url.replaceFirst("\\?.*", "");
        return new StoreDurability("PostgreSQL " + server, survives, Optional.empty(), settings, warnings);
    }

    private static String single(Statement statement, String sql) throws SQLException {
        try (ResultSet rows = statement.executeQuery(sql)) {
            return rows.next() ? rows.getString(1) : null;
        }
    }
}
