package org.trustledger.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** What an operator sees: probes, Prometheus metrics of commands, rejections and screenings, a log line per entry. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class OperationsTest {
    private static final String USER = "ops";
    private static final String PASSWORD = "ops password";

    @TempDir
    static Path dataDir;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("trustledger.data-dir", () -> dataDir.toString());
        registry.add("trustledger.admin.username", () -> USER);
        registry.add("trustledger.admin.password", () -> PASSWORD);
    }

    private Api api() {
        return new Api(port, USER, PASSWORD);
    }

    @Test
    void aHealthCheck_logsNoWarning(CapturedOutput output) {
        int before = output.getAll().length();

        assertThat(api().unauthenticated("/actuator/health/readiness").status()).isEqualTo(200);

        assertThat(output.getAll().substring(before)).doesNotContain(" WARN ").doesNotContain(" ERROR ");
    }

    @Test
    void expectedRefusals_logNothing(CapturedOutput output) throws Exception {
        Api api = api();
        String id = api.post("/api/v1/parties", "{\"kind\":\"RESELLER\",\"name\":\"静かな株式会社\"}")
                .body()
                .get("partyId")
                .asString();
        assertThat(api.post("/api/v1/parties/" + id + "/termination", "{\"reason\":\"取引停止\"}")
                        .status())
                .isEqualTo(201);
        assertThat(api.post(
                                "/api/v1/accounts",
                                "{\"username\":\"hana\",\"password\":\"staff password 12\",\"role\":\"STAFF\"}")
                        .status())
                .isEqualTo(201);
        int before = output.getAll().length();

        Map<String, Integer> answers = new java.util.LinkedHashMap<>();
        answers.put("not JSON", api.post("/api/v1/parties", "{").status());
        answers.put(
                "unknown kind",
                api.post("/api/v1/parties", "{\"kind\":\"FOO\",\"name\":\"x\"}").status());
        answers.put(
                "unknown party",
                api.get("/api/v1/parties/6f9a3c1e-0b7d-4d2a-9f43-1c2b3d4e5f60").status());
        answers.put(
                "terminated twice",
                api.post("/api/v1/parties/" + id + "/termination", "{\"reason\":\"再度\"}")
                        .status());
        answers.put("no such address", api.get("/api/v1/nope").status());
        answers.put("wrong method", send("DELETE", "/api/v1/parties/" + id, USER, PASSWORD));
        answers.put(
                "not for this role",
                new Api(port, "hana", "staff password 12")
                        .post("/api/v1/parties/" + id + "/reinstatement", "{\"reason\":\"改善\"}")
                        .status());
        answers.put("not signed in", api.unauthenticated("/api/v1/parties").status());
        int throttled = 0;
        for (int i = 0; i < 7; i++) {
            throttled = send("GET", "/api/v1/parties", "nobody", "wrong password " + i);
        }
        answers.put("throttled", throttled);
        answers.put("expired form", send("POST", "/intake", null, null));

        assertThat(answers)
                .containsExactly(
                        Map.entry("not JSON", 400),
                        Map.entry("unknown kind", 400),
                        Map.entry("unknown party", 404),
                        Map.entry("terminated twice", 409),
                        Map.entry("no such address", 404),
                        Map.entry("wrong method", 405),
                        Map.entry("not for this role", 403),
                        Map.entry("not signed in", 401),
                        Map.entry("throttled", 429),
                        Map.entry("expired form", 403));
        assertThat(output.getAll().substring(before))
                .doesNotContain(" WARN ")
                .doesNotContain(" ERROR ")
                .doesNotContain("\tat ");
    }

    private int send(String method, String path, String user, String password) throws Exception {
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + path))
                .method(method, java.net.http.HttpRequest.BodyPublishers.ofString("companyName=x"))
                .header("Content-Type", "application/x-www-form-urlencoded");
        if (user != null) {
            request.header(
                    "Authorization",
                    "Basic "
                            + java.util.Base64.getEncoder()
                                    .encodeToString(
                                            (user + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        }
        return java.net.http.HttpClient.newHttpClient()
                .send(request.build(), java.net.http.HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    @Test
    void textIsCompressed_forAClientThatAcceptsGzip() throws Exception {
        var answer = java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(
                                        java.net.URI.create("http://localhost:" + port + "/css/app.css"))
                                .header("Accept-Encoding", "gzip")
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofByteArray());

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Encoding")).hasValue("gzip");
        try (var unzipped = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(answer.body()))) {
            byte[] css = unzipped.readAllBytes();
            assertThat(css.length).isGreaterThan(answer.body().length);
        }
    }

    @Test
    void probesAnswerWithoutAnAccount_andReadinessChecksTheDatabaseMigrationsAndProcessors() {
        var liveness = api().unauthenticated("/actuator/health/liveness");
        assertThat(liveness.status()).isEqualTo(200);
        assertThat(liveness.body().get("status").asString()).isEqualTo("UP");

        var readiness = api().unauthenticated("/actuator/health/readiness");
        assertThat(readiness.status()).isEqualTo(200);
        assertThat(readiness.body().get("status").asString()).isEqualTo("UP");
        // What it checks is for managers only: strangers learn nothing of the database or the processors.
        assertThat(readiness.body().has("components")).isFalse();

        readiness = api().get("/actuator/health/readiness");
        assertThat(readiness.body().get("components").propertyNames())
                .contains("db", "migrations", "eventProcessors", "readinessState", "mail");
        // No mailbox is configured here: the e-mail intake is off, which keeps no node out of service.
        assertThat(readiness.body().at("/components/mail/status").asString()).isEqualTo("UNKNOWN");
        assertThat(readiness.body().at("/components/eventProcessors/details").propertyNames())
                .contains("party-views", "trust-views", "recorded-entries");
    }

    @Test
    void otherManagementEndpoints_needAnAdministrator() {
        assertThat(api().unauthenticated("/actuator/backup").status()).isEqualTo(401);
    }

    @Test
    void commandsRejectionsAndScreenings_areCountedInPrometheusFormat() {
        Api api = api();
        String id = api.post("/api/v1/parties", "{\"kind\":\"RESELLER\",\"name\":\"計測株式会社\"}")
                .body()
                .get("partyId")
                .asString();
        assertThat(api.post("/api/v1/parties/" + id + "/termination", "{\"reason\":\"取引停止\"}")
                        .status())
                .isEqualTo(201);
        assertThat(api.post("/api/v1/parties/" + id + "/termination", "{\"reason\":\"再度\"}")
                        .status())
                .isEqualTo(409);
        assertThat(api.post("/api/v1/screenings", "{\"companyName\":\"計測株式会社\",\"onBehalfOfCustomer\":false}")
                        .status())
                .isEqualTo(200);

        String metrics = api.publicText("/actuator/prometheus");
        assertThat(metrics)
                .contains("trustledger_commands_seconds_count{command=\"RegisterParty\",outcome=\"recorded\"")
                .contains("trustledger_commands_seconds_count{command=\"TerminateRelationship\",outcome=\"rejected\"")
                .contains("trustledger_rejections_total{command=\"TerminateRelationship\","
                        + "reason=\"HistoryConflictException\"")
                .contains("trustledger_screenings_seconds_count{recorded=\"false\",verdict=\"REFUSE\"")
                .contains("trustledger_entries_recorded_total{type=\"RelationshipTerminated\"");
    }

    @Test
    void eachRecordedEntry_logsOneLine_withWhoAndTheCorrelationId_butNothingPersonal(CapturedOutput output) {
        Api api = api();
        String id = api.post(
                        "/api/v1/parties",
                        "{\"kind\":\"CUSTOMER\",\"name\":\"秘密 花子\",\"phones\":[\"090-1111-2222\"]}",
                        "X-Correlation-Id",
                        "ops-call-7")
                .body()
                .get("partyId")
                .asString();

        await().atMost(Duration.ofSeconds(5))
                .untilAsserted(() -> assertThat(output.getOut())
                        .contains("Recorded PartyRegistered for party " + id + " by " + USER
                                + " (correlation id ops-call-7)"));
        assertThat(output.getOut()).doesNotContain("秘密").doesNotContain("1111-2222");
    }
}
