package org.trustledger.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A party with a long history is stored with snapshots, and a party loaded from one decides exactly as one replayed
 * from its first event: same sequence numbers, same refusals, same history.
 */
class SnapshotTest {
    @TempDir
    Path dataDir;

    @Test
    void aPartyLoadedFromASnapshot_decidesAsItsWholeHistoryWould() {
        String id;
        try (var app = start()) {
            Api api = api(app);
            id = api.post("/api/v1/parties", "{\"kind\":\"RESELLER\",\"name\":\"長い履歴株式会社\"}")
                    .body()
                    .get("partyId")
                    .asString();
            api.post(
                    "/api/v1/parties/" + id + "/payment-shortfalls",
                    "{\"invoiceRef\":\"INV-9\",\"invoicedYen\":11000,\"paidYen\":10000,\"reason\":\"UNPAID\"}");
            for (int i = 0; i < 10; i++) {
                assertThat(api.post(
                                        "/api/v1/parties/" + id + "/callers",
                                        "{\"name\":\"担当" + i + "\",\"fullNameGiven\":false}")
                                .status())
                        .isEqualTo(201);
            }
            api.post("/api/v1/parties/" + id + "/termination", "{\"reason\":\"取引停止\"}");
            assertThat(JdbcClient.create(app.getBean(DataSource.class))
                            .sql("SELECT COUNT(*) FROM snapshot_event_entry WHERE aggregate_identifier = ?")
                            .param(id)
                            .query(Long.class)
                            .single())
                    .isPositive();
        }
        try (var app = start()) {
            Api api = api(app);
            assertThat(api.post("/api/v1/parties/" + id + "/termination", "{\"reason\":\"再度\"}")
                            .status())
                    .as("still terminated")
                    .isEqualTo(409);
            assertThat(api.post("/api/v1/parties/" + id + "/payment-shortfalls/INV-9/settlement", "{\"paidYen\":1000}")
                            .body()
                            .get("sequence")
                            .asLong())
                    .as("the invoice is still owed, and the count goes on")
                    .isEqualTo(14);
            assertThat(api.get("/api/v1/parties/" + id + "/history").body()).hasSize(14);
        }
    }

    private ConfigurableApplicationContext start() {
        return SpringApplication.run(
                TrustLedgerApplication.class,
                "--server.port=0",
                "--trustledger.data-dir=" + dataDir,
                "--trustledger.snapshot-every=5",
                "--trustledger.admin.username=owner",
                "--trustledger.admin.password=pw");
    }

    private static Api api(ConfigurableApplicationContext app) {
        return new Api(((WebServerApplicationContext) app).getWebServer().getPort(), "owner", "pw");
    }
}
