package org.trustledger.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** What was recorded is still there after the product stops and starts again on the same data directory. */
class RestartTest {
    @TempDir
    Path dataDir;

    @Test
    void theLedgerSurvivesARestart_andCreatesItsDataDirectoryOnFirstStart() {
        Path fresh = dataDir.resolve("new/ledger");
        String id;
        try (var app = start(fresh)) {
            assertThat(Files.isDirectory(fresh)).isTrue();
            Api api = api(app);
            id = api.post("/api/v1/parties", "{\"kind\":\"RESELLER\",\"name\":\"再起動テスト株式会社\"}")
                    .body()
                    .get("partyId")
                    .asString();
            api.post("/api/v1/parties/" + id + "/termination", "{\"reason\":\"取引停止\"}");
        }
        try (var app = start(fresh)) {
            Api api = api(app);
            assertThat(api.get("/api/v1/parties/" + id + "/history").body()).hasSize(2);
            assertThat(api.get("/api/v1/parties/" + id).body().get("terminated").asBoolean())
                    .isTrue();
            assertThat(api.post("/api/v1/parties/" + id + "/termination", "{\"reason\":\"再度\"}")
                            .status())
                    .isEqualTo(409);
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
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        return new Api(port, "owner", "pw");
    }
}
