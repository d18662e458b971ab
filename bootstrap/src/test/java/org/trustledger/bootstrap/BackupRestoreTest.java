package org.trustledger.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * An administrator backs up the running embedded database; the zip is owner-only and verified, and, unpacked into a
 * fresh data directory as the README says, starts a ledger that holds every event and seal up to the backup.
 */
class BackupRestoreTest {
    private static final String EVENTS = "SELECT global_index, event_identifier, aggregate_identifier, sequence_number,"
            + " type, time_stamp, payload_type, payload_revision, payload, meta_data FROM domain_event_entry"
            + " WHERE global_index <= ? ORDER BY global_index";

    @TempDir
    Path root;

    @Test
    void anOnlineBackup_restoredIntoAFreshDataDirectory_holdsEveryEventAndSeal() throws IOException {
        Path live = root.resolve("live");
        Path restored = root.resolve("restored");
        List<String> parties = new ArrayList<>();
        List<JsonNode> histories = new ArrayList<>();
        Path backup;
        long lastGlobalIndex;
        List<Map<String, Object>> eventsInBackup;
        try (var app = start(live)) {
            Api api = api(app);
            for (int i = 0; i < 3; i++) {
                String id = api.post("/api/v1/parties", "{\"kind\":\"RESELLER\",\"name\":\"控え" + i + "株式会社\"}")
                        .body()
                        .get("partyId")
                        .asString();
                api.post(
                        "/api/v1/parties/" + id + "/troubles",
                        "{\"category\":\"WRONG_PLAN\",\"severity\":\"MAJOR\",\"description\":\"誤プラン\"}");
                parties.add(id);
            }
            Api.Response answer = api.post("/actuator/backup", "{}");
            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.body().get("status").asString()).isEqualTo("VERIFIED");
            assertThat(answer.body().get("events").asLong()).isEqualTo(6);
            backup = Path.of(answer.body().get("file").asString());
            lastGlobalIndex = answer.body().get("lastGlobalIndex").asLong();
            // Written after the backup: not in it.
            api.post("/api/v1/parties/" + parties.get(0) + "/termination", "{\"reason\":\"取引停止\"}");
            for (String id : parties) {
                histories.add(api.get("/api/v1/parties/" + id + "/history").body());
            }
            eventsInBackup = events(app, lastGlobalIndex);
        }
        assertThat(backup).isRegularFile();
        assertThat(backup.getFileName().toString()).endsWith(".zip");
        assertThat(backup.startsWith(live.resolve("backups").toAbsolutePath())).isTrue();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(backup)))
                .isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(backup.getParent())))
                .isEqualTo("rwx------");
        try (var files = Files.list(backup.getParent())) {
            assertThat(files).as("nothing but the verified backup").containsExactly(backup);
        }
        assertThat(eventsInBackup).hasSize(6);

        unzip(backup, restored);
        try (var app = start(restored)) {
            assertThat(events(app, Long.MAX_VALUE))
                    .as("every event of the restored ledger, payload, metadata and seal")
                    .usingRecursiveFieldByFieldElementComparator()
                    .containsExactlyElementsOf(eventsInBackup);
            Api api = api(app);
            for (int i = 0; i < parties.size(); i++) {
                JsonNode history = api.get("/api/v1/parties/" + parties.get(i) + "/history")
                        .body();
                JsonNode before = histories.get(i);
                int expected = i == 0 ? before.size() - 1 : before.size();
                assertThat(history).hasSize(expected);
                for (int e = 0; e < expected; e++) {
                    assertThat(history.get(e)).isEqualTo(before.get(e));
                }
                assertThat(api.get("/api/v1/parties/" + parties.get(i) + "/integrity")
                                .body()
                                .get("valid")
                                .asBoolean())
                        .isTrue();
            }
            assertThat(api.post("/api/v1/parties/" + parties.get(1) + "/termination", "{\"reason\":\"復元後\"}")
                            .status())
                    .isEqualTo(201);
        }
    }

    @Test
    void backupsLeftReadableByAnOlderVersion_areClosedToOtherUsers() throws IOException {
        Path live = root.resolve("older");
        Path backups = Files.createDirectories(live.resolve("backups"));
        Files.setPosixFilePermissions(backups, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path old = Files.writeString(backups.resolve("trustledger-20260101-000000-000.zip"), "an older backup");
        Files.setPosixFilePermissions(old, PosixFilePermissions.fromString("rw-r--r--"));
        try (var app = start(live)) {
            Api.Response answer = api(app).post("/actuator/backup", "{}");
            assertThat(answer.status()).isEqualTo(200);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(backups)))
                    .isEqualTo("rwx------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(old)))
                    .isEqualTo("rw-------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(
                            Path.of(answer.body().get("file").asString()))))
                    .isEqualTo("rw-------");
        }
    }

    @Test
    void theBackup_needsAnAdministrator() {
        try (var app = start(root.resolve("guarded"))) {
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            assertThat(new Api(port, "owner", "wrong")
                            .post("/actuator/backup", "{}")
                            .status())
                    .isEqualTo(401);
        }
    }

    private static List<Map<String, Object>> events(ConfigurableApplicationContext app, long upTo) {
        return JdbcClient.create(app.getBean(DataSource.class))
                .sql(EVENTS)
                .param(upTo)
                .query((rows, n) -> {
                    Map<String, Object> row = new java.util.LinkedHashMap<>();
                    for (int c = 1; c <= rows.getMetaData().getColumnCount(); c++) {
                        byte[] bytes = rows.getBytes(c);
                        row.put(
                                rows.getMetaData().getColumnName(c),
                                bytes == null ? null : new UpgradeKeepsDataTest.Bytes(bytes));
                    }
                    return row;
                })
                .list();
    }

    /** As the README says: into a new directory only the product's user may enter. */
    private static void unzip(Path zip, Path directory) throws IOException {
        Files.createDirectory(
                directory, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        try (InputStream in = Files.newInputStream(zip);
                ZipInputStream entries = new ZipInputStream(in)) {
            for (ZipEntry entry; (entry = entries.getNextEntry()) != null; ) {
                Path target = directory.resolve(entry.getName()).normalize();
                assertThat(target.startsWith(directory))
                        .as("entry stays inside")
                        .isTrue();
                Files.copy(entries, target);
            }
        }
    }

    private static ConfigurableApplicationContext start(Path dataDir) {
        return SpringApplication.run(
                TrustLedgerApplication.class,
                "--server.port=0",
                "--trustledger.data-dir=" + dataDir,
                "--trustledger.admin.username=owner",
                "--trustledger.admin.password=pw");
    }

    private static Api api(ConfigurableApplicationContext app) {
        return new Api(((WebServerApplicationContext) app).getWebServer().getPort(), "owner", "pw");
    }
}
