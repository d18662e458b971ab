package org.trustledger.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Blob;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.trustledger.bootstrap.durability.StoreDurability;

/**
 * A shop's data directory as the release before durable commits wrote it (H2's URL without {@code WRITE_DELAY=0}),
 * opened by this version: every event with its payload, metadata and seal, every snapshot, account and token is there
 * unchanged, the token still signs in, and the data is read where it is, with no migration.
 */
class UpgradeKeepsDataTest {
    /** The JDBC URL of the embedded default as released before this change. */
    static String releasedUrl(Path dataDir) {
        return "jdbc:h2:file:" + dataDir + "/trustledger;DB_CLOSE_ON_EXIT=FALSE";
    }

    private static final List<String> TABLES = List.of(
            "domain_event_entry ORDER BY global_index",
            "snapshot_event_entry ORDER BY aggregate_identifier, sequence_number",
            "staff_account ORDER BY username",
            "personal_token ORDER BY id",
            "idempotency_key ORDER BY 1",
            "party_view ORDER BY party_id",
            "trust_view ORDER BY party_id");

    @TempDir
    Path data;

    @Test
    void aDataDirectoryOfTheReleasedVersion_isReadWhereItIs_withEveryEventSealAccountAndToken() throws Exception {
        List<String> parties = new ArrayList<>();
        String token;
        try (var released = start("--spring.datasource.url=" + releasedUrl(data), "--trustledger.snapshot-every=3")) {
            Api api = api(released);
            for (int i = 0; i < 3; i++) {
                String id = api.post("/api/v1/parties", "{\"kind\":\"RESELLER\",\"name\":\"移行" + i + "株式会社\"}")
                        .body()
                        .get("partyId")
                        .asString();
                for (int t = 0; t < 4; t++) {
                    assertThat(api.post(
                                            "/api/v1/parties/" + id + "/troubles",
                                            "{\"category\":\"WRONG_PLAN\",\"severity\":\"MAJOR\",\"description\":\"移行前"
                                                    + t + "\"}",
                                            "Idempotency-Key",
                                            id + "-" + t)
                                    .status())
                            .isEqualTo(201);
                }
                parties.add(id);
            }
            assertThat(api.post("/api/v1/parties/" + parties.get(0) + "/termination", "{\"reason\":\"取引停止\"}")
                            .status())
                    .isEqualTo(201);
            assertThat(api.post(
                                    "/api/v1/accounts",
                                    "{\"username\":\"auditor1\",\"password\":\"an auditor's long passphrase\","
                                            + "\"role\":\"AUDITOR\"}")
                            .status())
                    .isEqualTo(201);
            Api.Response created = api.post("/api/v1/tokens", "{\"label\":\"移行前のトークン\"}");
            assertThat(created.status()).isEqualTo(201);
            token = created.body().get("token").asString();
        }
        Map<String, List<Map<String, Object>>> before;
        try (Connection released = DriverManager.getConnection(releasedUrl(data), "sa", "")) {
            before = rows(released);
        }
        assertThat(before.get("domain_event_entry ORDER BY global_index")).hasSize(3 * 5 + 1);
        assertThat(before.get("snapshot_event_entry ORDER BY aggregate_identifier, sequence_number"))
                .isNotEmpty();
        assertThat(before.get("domain_event_entry ORDER BY global_index"))
                .allSatisfy(row -> assertThat(row.get("META_DATA").toString()).contains("integrityHash"));

        try (var upgraded = start()) {
            Map<String, List<Map<String, Object>>> after;
            try (Connection connection = upgraded.getBean(DataSource.class).getConnection()) {
                after = rows(connection);
            }
            for (String table : TABLES) {
                assertThat(after.get(table)).as(table).hasSameSizeAs(before.get(table));
                for (int i = 0; i < before.get(table).size(); i++) {
                    assertThat(after.get(table).get(i))
                            .as("%s row %d", table, i)
                            .isEqualTo(before.get(table).get(i));
                }
            }
            StoreDurability durability = upgraded.getBean(StoreDurability.class);
            assertThat(durability.survives()).isEqualTo(StoreDurability.Survives.POWER_LOSS);
            assertThat(durability.h2File())
                    .contains(data.resolve("trustledger.mv.db").toAbsolutePath());

            int port = ((WebServerApplicationContext) upgraded).getWebServer().getPort();
            HttpResponse<String> withToken = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/parties/"
                                            + parties.get(1) + "/history"))
                                    .header("Authorization", "Bearer " + token)
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(withToken.statusCode()).isEqualTo(200);
            assertThat(withToken.body()).contains("移行前3");
            assertThat(new Api(port, "auditor1", "an auditor's long passphrase")
                            .get("/api/v1/parties/" + parties.get(2))
                            .status())
                    .isEqualTo(200);
            for (String party : parties) {
                assertThat(api(upgraded)
                                .get("/api/v1/parties/" + party + "/integrity")
                                .body()
                                .get("valid")
                                .asBoolean())
                        .as("the seals of %s still hold", party)
                        .isTrue();
            }
            // The same key after the upgrade is the same write, answered as before.
            Api.Response again = api(upgraded)
                    .post(
                            "/api/v1/parties/" + parties.get(1) + "/troubles",
                            "{\"category\":\"WRONG_PLAN\",\"severity\":\"MAJOR\",\"description\":\"移行前2\"}",
                            "Idempotency-Key",
                            parties.get(1) + "-2");
            assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
            assertThat(again.body().get("sequence").asLong()).isEqualTo(4);
        }
    }

    private static Map<String, List<Map<String, Object>>> rows(Connection connection) throws SQLException {
        Map<String, List<Map<String, Object>>> tables = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement()) {
            for (String table : TABLES) {
                List<Map<String, Object>> rows = new ArrayList<>();
                try (ResultSet result = statement.executeQuery("SELECT * FROM " + table)) {
                    ResultSetMetaData columns = result.getMetaData();
                    while (result.next()) {
                        Map<String, Object> row = new LinkedHashMap<>();
                        for (int c = 1; c <= columns.getColumnCount(); c++) {
                            Object value = result.getObject(c);
                            if (value instanceof Blob blob) {
                                value = blob.getBytes(1, (int) blob.length());
                            }
                            row.put(columns.getColumnName(c), value instanceof byte[] bytes ? new Bytes(bytes) : value);
                        }
                        rows.add(row);
                    }
                }
                tables.put(table, rows);
            }
        }
        return tables;
    }

    /** A column of bytes that equals another of the same content. */
    record Bytes(byte[] value) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Bytes bytes && Arrays.equals(value, bytes.value);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(value);
        }

        @Override
        public String toString() {
            return new String(value, java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private ConfigurableApplicationContext start(String... more) {
        List<String> args = new ArrayList<>(List.of(
                "--server.port=0",
                "--trustledger.data-dir=" + data,
                "--trustledger.admin.username=owner",
                "--trustledger.admin.password=upgrade test password"));
        args.addAll(List.of(more));
        return SpringApplication.run(TrustLedgerApplication.class, args.toArray(String[]::new));
    }

    private static Api api(ConfigurableApplicationContext app) {
        return new Api(((WebServerApplicationContext) app).getWebServer().getPort(), "owner", "upgrade test password");
    }
}
