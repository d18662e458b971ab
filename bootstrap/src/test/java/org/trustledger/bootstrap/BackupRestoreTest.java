package org.trustledger.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * An administrator backs up the running embedded database; the zip, unpacked into a fresh data directory as the README
 * says, starts a ledger that holds every entry.
 */
class BackupRestoreTest {
    @TempDir
    Path root;

    @Test
    void anOnlineBackup_restoredIntoAFreshDataDirectory_holdsEveryEntry() throws IOException {
        Path live = root.resolve("live");
        Path restored = root.resolve("restored");
        List<String> parties = new ArrayList<>();
        List<JsonNode> histories = new ArrayList<>();
        Path backup;
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
            backup = Path.of(answer.body().get("file").asString());
            // Written after the backup: not in it.
            api.post("/api/v1/parties/" + parties.get(0) + "/termination", "{\"reason\":\"取引停止\"}");
            for (String id : parties) {
                histories.add(api.get("/api/v1/parties/" + id + "/history").body());
            }
        }
        assertThat(backup).isRegularFile();
        assertThat(backup.startsWith(live.resolve("backups").toAbsolutePath())).isTrue();

        unzip(backup, restored);
        try (var app = start(restored)) {
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
            }
            assertThat(api.post("/api/v1/parties/" + parties.get(1) + "/termination", "{\"reason\":\"復元後\"}")
                            .status())
                    .isEqualTo(201);
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

    private static void unzip(Path zip, Path directory) throws IOException {
        Files.createDirectories(directory);
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
