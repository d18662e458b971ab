package org.trustledger.bootstrap.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A backup is read back as a database and every event and seal compared with the live store before it counts. */
class BackupVerificationTest {
    @TempDir
    Path root;

    private JdbcDataSource live;
    private Path zip;

    @BeforeEach
    void aLiveStoreWithThreeEvents_backedUp() throws Exception {
        live = new JdbcDataSource();
        live.setURL("jdbc:h2:file:" + root.resolve("live/trustledger") + ";WRITE_DELAY=0");
        live.setUser("sa");
        Flyway.configure()
                .dataSource(live)
                .locations("classpath:db/migration/common", "classpath:db/migration/h2")
                .load()
                .migrate();
        String party = UUID.randomUUID().toString();
        try (Connection connection = live.getConnection();
                PreparedStatement insert = connection.prepareStatement("INSERT INTO domain_event_entry"
                        + " (event_identifier, aggregate_identifier, sequence_number, type, time_stamp, payload_type,"
                        + " payload, meta_data) VALUES (?, ?, ?, 'PartyAggregate', '2026-03-01T00:00:00Z',"
                        + " 'TroubleLogged', ?, ?)")) {
            for (int i = 0; i < 3; i++) {
                insert.setString(1, UUID.randomUUID().toString());
                insert.setString(2, party);
                insert.setLong(3, i);
                insert.setBytes(4, ("{\"description\":\"" + i + "\"}").getBytes());
                insert.setBytes(5, ("{\"integrityHash\":\"seal" + i + "\"}").getBytes());
                insert.executeUpdate();
            }
            zip = root.resolve("backup.zip");
            try (Statement statement = connection.createStatement()) {
                statement.execute("BACKUP TO '" + zip + "'");
            }
        }
    }

    @Test
    void aBackupEqualToTheLedger_isVerified_upToItsLastGlobalIndex() throws Exception {
        try (Connection connection = live.getConnection();
                Statement statement = connection.createStatement()) {
            // Written after the backup: not in it, and no reason to doubt it.
            statement.execute("INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number,"
                    + " type, time_stamp, payload_type, payload, meta_data) VALUES ('later', 'p', 0, 'PartyAggregate',"
                    + " '2026-03-02T00:00:00Z', 'PartyRegistered', X'7b7d', X'7b7d')");
        }
        BackupVerification.Result result = BackupVerification.verify(zip, live, root, "sa", "");

        assertThat(result.verified()).as(result.problem()).isTrue();
        assertThat(result.events()).isEqualTo(3);
        assertThat(result.lastGlobalIndex()).isEqualTo(3);
        try (var left = Files.list(root)) {
            assertThat(left)
                    .as("the unpacked copy is removed")
                    .noneMatch(p -> p.getFileName().toString().startsWith(".verify-"));
        }
    }

    @Test
    void aBackupWhoseSealDiffersFromTheLedger_fails_namingTheEvent() throws Exception {
        try (Connection connection = live.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("UPDATE domain_event_entry SET meta_data = X'7b7d' WHERE global_index = 2");
        }
        BackupVerification.Result result = BackupVerification.verify(zip, live, root, "sa", "");

        assertThat(result.verified()).isFalse();
        assertThat(result.problem()).isEqualTo("the event at global index 2 differs in meta_data");
    }

    @Test
    void aBackupLackingAnEventOfTheLedger_fails() throws Exception {
        Path other = root.resolve("other.zip");
        try (Connection connection = live.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("DELETE FROM domain_event_entry WHERE global_index = 2");
            statement.execute("BACKUP TO '" + other + "'");
        }
        // Compared with a ledger that does hold event 2: restore the original into a second live store.
        BackupVerification.Result againstOriginal = BackupVerification.verify(other, liveFrom(zip), root, "sa", "");

        assertThat(againstOriginal.verified()).isFalse();
        assertThat(againstOriginal.problem()).contains("global index 2");
    }

    @Test
    void aZipThatIsNoDatabase_fails() throws Exception {
        Path broken = root.resolve("broken.zip");
        Files.write(broken, Files.readAllBytes(zip), java.nio.file.StandardOpenOption.CREATE_NEW);
        byte[] bytes = Files.readAllBytes(broken);
        Files.write(broken, java.util.Arrays.copyOf(bytes, bytes.length / 3));

        assertThat(BackupVerification.verify(broken, live, root, "sa", "").verified())
                .isFalse();
    }

    private JdbcDataSource liveFrom(Path backup) throws Exception {
        Path directory = Files.createDirectories(root.resolve("second"));
        try (var in = new java.util.zip.ZipInputStream(Files.newInputStream(backup))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                Files.copy(in, directory.resolve(entry.getName()));
            }
        }
        JdbcDataSource second = new JdbcDataSource();
        second.setURL("jdbc:h2:file:" + directory.resolve("trustledger"));
        second.setUser("sa");
        return second;
    }
}
