package org.trustledger.bootstrap.operations;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.boot.actuate.endpoint.web.WebEndpointResponse;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.trustledger.bootstrap.TrustLedgerProperties;

/**
 * An online backup of the embedded database, as an administrator's action ({@code POST /actuator/backup}): H2's
 * {@code BACKUP TO} writes a consistent zip of the database files while the product keeps serving. The zip and its
 * directory are readable by the product's own user only, and the zip gets its final name only once it has been opened
 * as a database and its events and seals found equal to the live store's; one that is not is renamed
 * {@code .zip.failed} and the answer says why. On PostgreSQL the server's own tools (pg_dump, point-in-time recovery)
 * do this job, and the endpoint says so.
 */
@Component
@Endpoint(id = "backup")
class DatabaseBackup {
    private static final Logger LOG = LoggerFactory.getLogger(DatabaseBackup.class);
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC);

    private final DataSource dataSource;
    private final TrustLedgerProperties properties;
    private final Clock clock;
    private final Environment environment;

    DatabaseBackup(DataSource dataSource, TrustLedgerProperties properties, Clock clock, Environment environment) {
        this.dataSource = dataSource;
        this.properties = properties;
        this.clock = clock;
        this.environment = environment;
    }

    @WriteOperation
    WebEndpointResponse<Map<String, Object>> backup() throws SQLException, IOException {
        Path directory = directory(properties);
        String name = "trustledger-" + STAMP.format(clock.instant());
        Path unverified = directory.resolve(name + ".zip.unverified");
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            String product = connection.getMetaData().getDatabaseProductName();
            if (!"H2".equals(product)) {
                return new WebEndpointResponse<>(
                        Map.of(
                                "detail",
                                "the ledger runs on " + product
                                        + "; back it up with the server's own tools (pg_dump, point-in-time recovery)"),
                        WebEndpointResponse.STATUS_BAD_REQUEST);
            }
            privateDirectory(directory);
            // Created owner-only before H2 writes into it: H2 truncates and fills the file it finds.
            Files.createFile(unverified, OwnerOnly.FILE);
            try {
                statement.execute("BACKUP TO '" + unverified.toString().replace("'", "''") + "'");
            } catch (SQLException e) {
                Files.deleteIfExists(unverified);
                throw e;
            }
        }
        BackupVerification.Result result = BackupVerification.verify(
                unverified,
                dataSource,
                directory,
                environment.getProperty("spring.datasource.username", "sa"),
                environment.getProperty("spring.datasource.password", ""));
        Map<String, Object> answer = new LinkedHashMap<>();
        if (!result.verified()) {
            Path failed = directory.resolve(name + ".zip.failed");
            Files.move(unverified, failed, StandardCopyOption.ATOMIC_MOVE);
            LOG.error("The backup {} failed verification and is not to be restored from: {}", failed, result.problem());
            answer.put("status", "FAILED");
            answer.put("file", failed.toString());
            answer.put("detail", result.problem());
            return new WebEndpointResponse<>(answer, WebEndpointResponse.STATUS_INTERNAL_SERVER_ERROR);
        }
        Path file = directory.resolve(name + ".zip");
        Files.move(unverified, file, StandardCopyOption.ATOMIC_MOVE);
        LOG.info(
                "Backed up the embedded database to {}: read back and found equal to the ledger, {} events up to"
                        + " global index {}",
                file,
                result.events(),
                result.lastGlobalIndex());
        answer.put("status", "VERIFIED");
        answer.put("file", file.toString());
        answer.put("events", result.events());
        answer.put("lastGlobalIndex", result.lastGlobalIndex());
        return new WebEndpointResponse<>(answer, WebEndpointResponse.STATUS_OK);
    }

    /** Where the backups are written: {@code backups} in the data directory. */
    static Path directory(TrustLedgerProperties properties) {
        return properties.dataDir().resolve("backups").toAbsolutePath();
    }

    /** When a backup was taken, from the time in its name. */
    static Instant takenAt(String stamp) {
        return STAMP.parse(stamp, Instant::from);
    }

    /**
     * Creates the backups directory owner-only; one left readable by others (as versions before this one created it)
     * is closed, and so are the backups in it, which cannot be taken back from whoever read them already.
     */
    private static void privateDirectory(Path directory) throws IOException {
        Files.createDirectories(directory.getParent());
        if (!Files.isDirectory(directory)) {
            Files.createDirectory(directory, OwnerOnly.DIRECTORY);
            return;
        }
        if (OwnerOnly.openToOthers(directory)) {
            Files.setPosixFilePermissions(directory, OwnerOnly.DIRECTORY_PERMISSIONS);
            LOG.warn("The backups directory {} was readable by other users; it is now owner-only", directory);
        }
        try (DirectoryStream<Path> backups = Files.newDirectoryStream(directory, "*.zip*")) {
            for (Path backup : backups) {
                if (OwnerOnly.openToOthers(backup)) {
                    Files.setPosixFilePermissions(backup, OwnerOnly.FILE_PERMISSIONS);
                    LOG.warn("The backup {} was readable by other users; it is now owner-only", backup);
                }
            }
        }
    }
}
