package org.trustledger.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.trustledger.application.service.PeopleIndexFill;
import org.trustledger.application.service.RebuildService;
import tools.jackson.databind.JsonNode;

/**
 * A ledger whose entries were recorded before the people index existed — the events stored, the index empty, no mark
 * of its fill — is started by the version with the index. With the fill switched off nothing is filed. Started as
 * shipped, after a node that stopped while filling it, the fill waits for that node's lease to run out, then one
 * rebuild files everyone under the ids they had, and the next start starts nothing.
 */
class PeopleIndexFillTest {
    private static final String USER = "owner";
    private static final String PASSWORD = "people index fill password";

    @TempDir
    Path data;

    @Test
    void aLedgerWithEntriesFromBeforeThePeopleIndex_isFilledOnce_inTheBackground_afterAStoppedNodesLease()
            throws Exception {
        String customer;
        List<String> byName;
        List<String> representative;
        try (var app = start()) {
            Api api = api(app);
            customer = created(api.post("/api/v1/parties", """
                    {"kind":"CUSTOMER","name":"鷺沼 千景","phones":["090-8765-4321"]}"""));
            String reseller = created(api.post("/api/v1/parties", """
                    {"kind":"RESELLER","name":"株式会社ネクストライン","representative":"代表取締役 山田太郎"}"""));
            assertThat(api.post("/api/v1/parties/" + reseller + "/callers", """
                            {"name":"鷺沼浩二","fullNameGiven":true,"role":"営業","phone":"090-2222-3333"}""").status())
                    .isEqualTo(201);
            byName = ids(api, "鷺沼");
            representative = ids(api, "山田太郎");
        }
        assertThat(byName).hasSize(2).contains(customer);
        assertThat(representative).hasSize(1);

        // As the version before the people index left the ledger: the events are there, the index and its mark not.
        try (Connection db = connect();
                Statement sql = db.createStatement()) {
            sql.execute("DELETE FROM person_appearance");
            sql.execute("DROP TABLE IF EXISTS people_index_fill");
            sql.execute("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '36'");
        }

        try (var app = start("--trustledger.people-index.fill=false")) {
            Api api = api(app);
            assertThat(ids(api, "鷺沼")).isEmpty();
            assertNoRebuildStarts(api, null);
        }

        // A node that stopped while filling it: its run still marked running, its lease a few seconds from running out.
        UUID abandoned = UUID.randomUUID();
        Instant leaseUntil = Instant.now().plusSeconds(5);
        try (Connection db = connect()) {
            try (PreparedStatement lease =
                    db.prepareStatement("INSERT INTO job_lease (job_name, holder, lease_until) VALUES (?, ?, ?)")) {
                lease.setString(1, RebuildService.JOB);
                lease.setString(2, "a node that stopped");
                lease.setObject(3, leaseUntil.atOffset(ZoneOffset.UTC));
                lease.executeUpdate();
            }
            try (PreparedStatement run = db.prepareStatement(
                    "INSERT INTO read_model_rebuild (id, state, phase, requested_by, events_done, events_total,"
                            + " parties_done, parties_total, started_at, phase_started_at, updated_at)"
                            + " VALUES (?, 'RUNNING', 'REPLAYING', ?, 1, 3, 0, 0, ?, ?, ?)")) {
                OffsetDateTime then = Instant.now().minusSeconds(60).atOffset(ZoneOffset.UTC);
                run.setString(1, abandoned.toString());
                run.setString(2, PeopleIndexFill.REQUESTED_BY);
                run.setObject(3, then);
                run.setObject(4, then);
                run.setObject(5, then);
                run.executeUpdate();
            }
        }

        String fill;
        try (var app = start("--trustledger.people-index.fill-retry=1s")) {
            Api api = api(app);
            JsonNode filled = await().atMost(Duration.ofMinutes(3))
                    .pollInterval(Duration.ofMillis(500))
                    .until(
                            () -> api.get("/api/v1/admin/rebuilds/latest").body(),
                            latest -> !latest.path("id").asString("").equals(abandoned.toString())
                                    && latest.path("state").asString("").equals("SUCCEEDED"));
            fill = filled.get("id").asString();
            assertThat(filled.get("requestedBy").asString()).isEqualTo(PeopleIndexFill.REQUESTED_BY);
            assertThat(Instant.parse(filled.get("startedAt").asString()))
                    .as("started once the stopped node's lease had run out")
                    .isAfterOrEqualTo(leaseUntil);
            assertThat(api.get("/api/v1/admin/rebuilds/" + abandoned)
                            .body()
                            .get("failure")
                            .asString())
                    .contains("abandoned");

            assertThat(ids(api, "鷺沼")).containsExactlyInAnyOrderElementsOf(byName);
            assertThat(ids(api, "山田太郎")).isEqualTo(representative);
            assertThat(JdbcClient.create(app.getBean(DataSource.class))
                            .sql("SELECT COUNT(*) FROM people_index_fill WHERE filled_at IS NOT NULL")
                            .query(Long.class)
                            .single())
                    .isEqualTo(1);
        }

        try (var app = start("--trustledger.people-index.fill-retry=1s")) {
            Api api = api(app);
            assertNoRebuildStarts(api, fill);
            assertThat(ids(api, "鷺沼")).containsExactlyInAnyOrderElementsOf(byName);
        }
    }

    /** The latest rebuild stays the one given (none: none at all) for a while after start. */
    private static void assertNoRebuildStarts(Api api, String latest) throws InterruptedException {
        Instant until = Instant.now().plusSeconds(5);
        while (Instant.now().isBefore(until)) {
            Api.Response response = api.get("/api/v1/admin/rebuilds/latest");
            if (latest == null) {
                assertThat(response.status()).isEqualTo(404);
            } else {
                assertThat(response.body().get("id").asString()).isEqualTo(latest);
            }
            Thread.sleep(250);
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection("jdbc:h2:file:" + data + "/trustledger", "sa", "");
    }

    private ConfigurableApplicationContext start(String... more) {
        List<String> args = new ArrayList<>(List.of(
                "--server.port=0",
                "--trustledger.data-dir=" + data,
                "--trustledger.admin.username=" + USER,
                "--trustledger.admin.password=" + PASSWORD));
        args.addAll(List.of(more));
        return SpringApplication.run(TrustLedgerApplication.class, args.toArray(String[]::new));
    }

    private static Api api(ConfigurableApplicationContext app) {
        return new Api(((WebServerApplicationContext) app).getWebServer().getPort(), USER, PASSWORD);
    }

    private static List<String> ids(Api api, String query) {
        Api.Response found = api.get("/api/v1/people?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        assertThat(found.status()).isEqualTo(200);
        return found.body().get("items").findValuesAsString("personId");
    }

    private static String created(Api.Response response) {
        assertThat(response.status()).isEqualTo(201);
        return response.body().get("partyId").asString();
    }
}
