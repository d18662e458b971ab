package org.trustledger.bootstrap.operations;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.boot.actuate.endpoint.web.WebEndpointResponse;
import org.springframework.stereotype.Component;
import org.trustledger.bootstrap.TrustLedgerProperties;

/**
 * An online backup of the embedded database, as an administrator's action ({@code POST /actuator/backup}): H2's
 * {@code BACKUP TO} writes a consistent zip of the database files while the product keeps serving. On PostgreSQL the
 * server's own tools (pg_dump, point-in-time recovery) do this job, and the endpoint says so.
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

    DatabaseBackup(DataSource dataSource, TrustLedgerProperties properties, Clock clock) {
        this.dataSource = dataSource;
        this.properties = properties;
        this.clock = clock;
    }

    @WriteOperation
    WebEndpointResponse<Map<String, String>> backup() throws SQLException, java.io.IOException {
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
            Path directory = properties.dataDir().resolve("backups").toAbsolutePath();
            Files.createDirectories(directory);
            Path file = directory.resolve("trustledger-" + STAMP.format(clock.instant()) + ".zip");
            statement.execute("BACKUP TO '" + file.toString().replace("'", "''") + "'");
            LOG.info("Backed up the embedded database to {}", file);
            return new WebEndpointResponse<>(Map.of("file", file.toString()), WebEndpointResponse.STATUS_OK);
        }
    }
}
