package org.trustledger.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
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
            var export = api.text("/api/v1/parties/" + id + "/export");
            assertThat(export.statusCode()).isEqualTo(200);
            assertThat(export.body().lines())
                    .as("an export is every stored event from the first, not the snapshot and what follows it")
                    .hasSize(14)
                    .first()
                    .asString()
                    .contains("PartyRegistered");
        }
    }

    /**
     * A snapshot leaves the party's entries out, so it stays small however long the history; a retraction, the one
     * decision that needs them, reads the entries from before the snapshot back from the event store.
     */
    @Test
    void aSnapshotLeavesTheEntriesOut_andARetractionAfterItStillFoldsTheWholeHistory() {
        String id;
        try (var app = start()) {
            Api api = api(app);
            id = api.post("/api/v1/parties", "{\"kind\":\"RESELLER\",\"name\":\"取消の多い株式会社\"}")
                    .body()
                    .get("partyId")
                    .asString();
            api.post(
                    "/api/v1/parties/" + id + "/payment-shortfalls",
                    "{\"invoiceRef\":\"INV-7\",\"invoicedYen\":11000,\"paidYen\":10000,\"reason\":\"UNPAID\"}");
            for (int i = 0; i < 10; i++) {
                api.post("/api/v1/parties/" + id + "/callers", "{\"name\":\"記録係" + i + "\",\"fullNameGiven\":false}");
            }
            assertThat(api.post("/api/v1/parties/" + id + "/termination", "{\"reason\":\"誤って停止\"}")
                            .status())
                    .isEqualTo(201);
            byte[] latest = JdbcClient.create(app.getBean(DataSource.class))
                    .sql("SELECT payload FROM snapshot_event_entry WHERE aggregate_identifier = ?"
                            + " ORDER BY sequence_number DESC LIMIT 1")
                    .param(id)
                    .query(byte[].class)
                    .single();
            assertThat(new String(latest, StandardCharsets.UTF_8))
                    .as("the snapshot holds the party's state, not its entries")
                    .contains("取消の多い株式会社")
                    .doesNotContain("記録係");
        }
        try (var app = start()) {
            Api api = api(app);
            assertThat(api.post("/api/v1/parties/" + id + "/retractions", "{\"sequence\":13,\"reason\":\"記録の誤り\"}")
                            .status())
                    .as("the termination, entry 13, is retracted on a party loaded from its snapshot")
                    .isEqualTo(201);
            assertThat(api.post("/api/v1/parties/" + id + "/payment-shortfalls/INV-7/settlement", "{\"paidYen\":1000}")
                            .body()
                            .get("sequence")
                            .asLong())
                    .as("folded again from every entry: still registered, the invoice from before the snapshot owed")
                    .isEqualTo(15);
            assertThat(api.post("/api/v1/parties/" + id + "/termination", "{\"reason\":\"本当に停止\"}")
                            .status())
                    .as("no longer terminated, so it may be terminated again")
                    .isEqualTo(201);
            assertThat(api.get("/api/v1/parties/" + id + "/history").body()).hasSize(16);
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
