package org.trustledger.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The edge under abuse, through a real Tomcat on 127.0.0.1: anonymous requests keep no state on the server, an
 * account holds a bounded number of sessions, slow bodies cannot hold every worker, streamed exports complete with
 * every way of signing in, auditors' biggest reads are logged, header and body bytes are strict, and every response
 * carries the security headers. The server runs with few workers, so starving it takes few sockets.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EdgeAbuseTest {
    static final String ADMIN = "owner";
    static final String PASSWORD = "a password for the edge test";
    static final String TELEPHONY_TOKEN = "phone-system-secret-for-the-edge-test";
    static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]+)");
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String PARTY = """
            {"kind": "CUSTOMER", "name": "Edge Test Co", "phones": ["03-9999-0001"], "address": "Tokyo"}""";

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("trustledger.data-dir", () -> dataDir.toString());
        registry.add("trustledger.admin.username", () -> ADMIN);
        registry.add("trustledger.admin.password", () -> PASSWORD);
        registry.add("trustledger.telephony.token", () -> TELEPHONY_TOKEN);
        // Few workers, so that a hundred slow sockets would hold them all; the defaults scale this up.
        registry.add("server.tomcat.threads.max", () -> "20");
        registry.add("trustledger.edge.concurrent-body-reads", () -> "10");
        registry.add("trustledger.edge.body-read-timeout", () -> "5s");
        registry.add("trustledger.sessions.max-per-account", () -> "2");
    }

    /** Counts the HTTP sessions the server creates. */
    @TestConfiguration(proxyBeanMethods = false)
    static class SessionCounting {
        @Bean
        SessionCounter sessionCounter() {
            return new SessionCounter();
        }
    }

    static final class SessionCounter implements HttpSessionListener {
        final AtomicInteger created = new AtomicInteger();

        @Override
        public void sessionCreated(HttpSessionEvent event) {
            created.incrementAndGet();
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    SessionCounter sessions;

    HttpClient http;
    Api admin;

    @BeforeEach
    void clients() {
        http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(30))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        admin = new Api(port, ADMIN, PASSWORD);
    }

    // --- 3: no server state for anonymous requests; a bounded number of sessions per account

    @Test
    void anonymousRequests_createNoSession() throws Exception {
        int before = sessions.created.get();
        for (int i = 0; i < 50; i++) {
            for (String path : List.of("/parties", "/login", "/", "/review", "/calls/stream", "/login?error")) {
                HttpResponse<String> answer = send(get(path));
                assertThat(answer.statusCode()).as(path).isLessThan(500);
                assertThat(answer.headers().allValues("Set-Cookie"))
                        .as("cookies of %s", path)
                        .noneMatch(c -> c.startsWith("JSESSIONID"));
            }
        }
        // A failed sign-in with the page's own token is anonymous too.
        Cookies cookies = new Cookies();
        HttpResponse<String> page = send(get("/login"));
        cookies.take(page);
        HttpResponse<String> failed =
                send(post("/login", "username=" + ADMIN + "&password=wrong-password&_csrf=" + csrf(page.body()))
                        .header("Cookie", cookies.header()));
        assertThat(failed.statusCode()).isEqualTo(302);
        assertThat(failed.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).contains("/login?error"));

        assertThat(sessions.created.get() - before).isZero();
    }

    @Test
    void signingIn_continuesToThePageAskedFor_withoutAnAnonymousSession() throws Exception {
        Cookies cookies = new Cookies();
        HttpResponse<String> refused = send(get("/reports"));
        assertThat(refused.statusCode()).isEqualTo(302);
        cookies.take(refused);

        String session = signIn(cookies, ADMIN, PASSWORD);

        assertThat(cookies.last.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/reports"));
        assertThat(session).isNotBlank();
    }

    @Test
    void anAccount_holdsABoundedNumberOfSessions_theOldestEnds() throws Exception {
        String first = signIn(new Cookies(), ADMIN, PASSWORD);
        String second = signIn(new Cookies(), ADMIN, PASSWORD);
        String third = signIn(new Cookies(), ADMIN, PASSWORD);

        assertThat(send(get("/parties").header("Cookie", "JSESSIONID=" + third)).statusCode())
                .isEqualTo(200);
        assertThat(send(get("/parties").header("Cookie", "JSESSIONID=" + second))
                        .statusCode())
                .isEqualTo(200);
        HttpResponse<String> oldest = send(get("/parties").header("Cookie", "JSESSIONID=" + first));
        assertThat(oldest.statusCode())
                .as("the oldest of three sessions, two allowed")
                .isNotEqualTo(200);
    }

    // --- 4: slow bodies cannot hold the server

    @Test
    void aHundredSlowBodies_leaveTheSignInPageAnswering() throws Exception {
        List<Socket> sockets = new ArrayList<>();
        AtomicBoolean trickling = new AtomicBoolean(true);
        AtomicInteger rounds = new AtomicInteger();
        var trickle = Executors.newSingleThreadScheduledExecutor();
        try {
            for (int i = 0; i < 100; i++) {
                Socket socket = new Socket();
                socket.connect(new InetSocketAddress("127.0.0.1", port), 10_000);
                socket.getOutputStream()
                        .write(("POST /login HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                        + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 200\r\n\r\nu")
                                .getBytes(StandardCharsets.US_ASCII));
                sockets.add(socket);
            }
            // One byte every two seconds on each socket, for at most three minutes.
            trickle.scheduleAtFixedRate(
                    () -> {
                        for (Socket socket : sockets) {
                            try {
                                if (trickling.get()) {
                                    socket.getOutputStream().write('x');
                                }
                            } catch (IOException closedByTheServer) {
                                // the server gave up on this one, as it should
                            }
                        }
                        rounds.incrementAndGet();
                    },
                    2,
                    2,
                    TimeUnit.SECONDS);
            // The page is asked for once every socket is trickling, not before.
            await().atMost(Duration.ofMinutes(2)).until(() -> rounds.get() >= 1);

            HttpClient patient = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(60))
                    .build();
            HttpResponse<String> page = patient.send(
                    HttpRequest.newBuilder(uri("/login"))
                            .timeout(Duration.ofSeconds(90))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(page.statusCode()).isEqualTo(200);
        } finally {
            trickling.set(false);
            trickle.shutdownNow();
            for (Socket socket : sockets) {
                socket.close();
            }
        }
    }

    @Test
    void aChunkedMegabyteForm_isRefusedLikeAJsonBody() throws Exception {
        byte[] form = ("username=" + "x".repeat(1024 * 1024)).getBytes(StandardCharsets.US_ASCII);
        HttpResponse<String> answer = send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(form))));

        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(answer.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    }

    // --- 6: streamed exports complete with every way of signing in

    @Test
    void theLedgerExport_streamsToTheEnd_withABearerTokenAndWithBasic() throws Exception {
        assertThat(admin.post("/api/v1/parties", PARTY).status()).isEqualTo(201);
        String token = admin.post("/api/v1/tokens", "{\"label\":\"export\"}")
                .body()
                .get("token")
                .asString();

        for (String authorization : List.of("Bearer " + token, basic(ADMIN, PASSWORD))) {
            for (String format : List.of("jsonl", "csv")) {
                HttpResponse<String> export =
                        send(get("/api/v1/export/ledger?format=" + format).header("Authorization", authorization));

                assertThat(export.statusCode()).as(authorization + " " + format).isEqualTo(200);
                assertThat(export.body()).as(format).contains("Edge Test Co");
                if (format.equals("jsonl")) {
                    for (String line : export.body().strip().split("\n")) {
                        assertThat(JSON.readTree(line).get("partyId")).isNotNull();
                    }
                }
            }
        }
    }

    // --- 7: the auditors' access log has the biggest reads

    @Test
    void anAuditorsWholeLedgerExportAndCallLog_areInTheAccessLog() throws Exception {
        String auditor = "edge-auditor";
        String auditorPassword = "an auditor's password for the edge";
        admin.post("/api/v1/accounts", """
                {"username": "%s", "password": "%s", "role": "AUDITOR"}""".formatted(auditor, auditorPassword));

        for (String path : List.of("/api/v1/export/ledger?format=jsonl", "/api/v1/calls")) {
            assertThat(send(get(path).header("Authorization", basic(auditor, auditorPassword)))
                            .statusCode())
                    .as(path)
                    .isEqualTo(200);
        }

        JsonNode log = admin.get("/api/v1/access-log?limit=100").body();
        List<String> actions = new ArrayList<>();
        log.forEach(entry -> {
            if (entry.get("username").asString().equals(auditor)) {
                actions.add(entry.get("action").asString());
            }
        });
        assertThat(actions).anyMatch(a -> a.startsWith("GET /api/v1/export/ledger"));
        assertThat(actions).anyMatch(a -> a.startsWith("GET /api/v1/calls"));
    }

    // --- 8: strict bytes

    @Test
    void nonAsciiTokenHeaders_areA400Problem() throws Exception {
        String id = admin.post("/api/v1/parties", PARTY).body().get("partyId").asString();
        byte[] kanji = "キー".getBytes(StandardCharsets.UTF_8);
        List<String> requests = List.of(
                "POST /api/v1/parties HTTP/1.1\r\nIdempotency-Key: %s\r\nContent-Type: application/json\r\n",
                "PUT /api/v1/parties/" + id + " HTTP/1.1\r\nIf-Match: \"%s\"\r\nContent-Type: application/json\r\n",
                "GET /api/v1/parties/" + id + " HTTP/1.1\r\nIf-None-Match: \"%s\"\r\n");
        for (String template : requests) {
            String[] parts = template.split("%s");
            ByteArrayOutputStream raw = new ByteArrayOutputStream();
            raw.write(parts[0].getBytes(StandardCharsets.US_ASCII));
            raw.write(kanji);
            raw.write(parts[1].getBytes(StandardCharsets.US_ASCII));
            byte[] body = template.startsWith("GET") ? new byte[0] : PARTY.getBytes(StandardCharsets.UTF_8);
            raw.write(("Host: 127.0.0.1\r\nAuthorization: " + basic(ADMIN, PASSWORD) + "\r\nContent-Length: "
                            + body.length + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            raw.write(body);

            String answer = exchange(raw.toByteArray());

            assertThat(answer).as(template).startsWith("HTTP/1.1 400");
            assertThat(answer).as(template).containsIgnoringCase("Content-Type: application/problem+json");
        }
    }

    @Test
    void overlongUtf8_isRefused_andNothingStored() throws Exception {
        int before = admin.get("/api/v1/parties?size=100").body().path("items").size();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write("{\"kind\": \"CUSTOMER\", \"name\": \"Over".getBytes(StandardCharsets.US_ASCII));
        body.write(new byte[] {(byte) 0xC0, (byte) 0xAF});
        body.write(
                "long\", \"phones\": [\"03-9999-0002\"], \"address\": \"Tokyo\"}".getBytes(StandardCharsets.US_ASCII));

        String answer = exchange(
                ("POST /api/v1/parties HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: "
                                + basic(ADMIN, PASSWORD) + "\r\nContent-Type: application/json\r\nContent-Length: "
                                + body.size() + "\r\nConnection: close\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII),
                body.toByteArray());

        assertThat(answer).startsWith("HTTP/1.1 400");
        assertThat(admin.get("/api/v1/parties?size=100").body().path("items").size())
                .isEqualTo(before);
    }

    // --- 10: the same headers on every response, health details for managers, CSRF wherever a cookie signs in

    @Test
    void everyResponse_carriesTheSecurityHeaders() throws Exception {
        List<String> answers = new ArrayList<>();
        for (String path :
                List.of("/actuator/health", "/actuator/health/readiness", "/actuator/prometheus", "/calls/stream")) {
            answers.add(head(send(get(path))));
        }
        answers.add(head(send(HttpRequest.newBuilder(uri("/api/v1/telephony/calls"))
                .header("Content-Type", "application/json")
                .header("X-Telephony-Token", TELEPHONY_TOKEN)
                .POST(HttpRequest.BodyPublishers.ofString("{}")))));
        answers.add(head(send(HttpRequest.newBuilder(uri("/api/v1/telephony/calls"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")))));
        answers.add(exchange(("GET /api/v1/parties;x=1 HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII)));
        answers.add(exchange(("TRACE / HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII)));
        answers.add(exchange(("GET /api/v1/calls/stream HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: "
                        + basic(ADMIN, PASSWORD) + "\r\nAccept: text/event-stream\r\nConnection: close\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII)));

        for (String answer : answers) {
            String head = answer.lines().takeWhile(l -> !l.isEmpty()).collect(Collectors.joining("\n"));
            assertThat(head)
                    .as(head)
                    .containsIgnoringCase("Content-Security-Policy: default-src 'self'")
                    .containsIgnoringCase("Referrer-Policy:")
                    .containsIgnoringCase("X-Content-Type-Options: nosniff")
                    .containsIgnoringCase("X-Frame-Options: DENY");
        }
    }

    @Test
    void health_showsOnlyItsStatusToStrangers_andDetailsToManagers() throws Exception {
        HttpResponse<String> anonymous = send(get("/actuator/health"));
        assertThat(anonymous.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(anonymous.body()).properties())
                .extracting(java.util.Map.Entry::getKey)
                .doesNotContain("components", "details");
        assertThat(anonymous.body()).doesNotContain("migrations", "H2", "party-views");
        assertThat(send(get("/actuator/health/readiness")).statusCode()).isEqualTo(200);
        assertThat(send(get("/actuator/health/liveness")).statusCode()).isEqualTo(200);

        HttpResponse<String> manager = send(get("/actuator/health").header("Authorization", basic(ADMIN, PASSWORD)));
        assertThat(manager.body()).contains("migrations");
    }

    @Test
    void aCookieSignedInCallRecording_needsTheCsrfToken_aBasicOneDoesNot() throws Exception {
        String session = signIn(new Cookies(), ADMIN, PASSWORD);
        String body =
                "{\"companyName\": \"Edge Caller\", \"requesterKind\": \"CUSTOMER\", \"onBehalfOfCustomer\": false}";

        HttpResponse<String> withCookie = send(HttpRequest.newBuilder(uri("/api/v1/calls/no-such-call/request"))
                .header("Cookie", "JSESSIONID=" + session)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        HttpResponse<String> apiWithCookie = send(HttpRequest.newBuilder(uri("/api/v1/parties"))
                .header("Cookie", "JSESSIONID=" + session)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(PARTY)));
        HttpResponse<String> withBasic = send(HttpRequest.newBuilder(uri("/api/v1/calls/no-such-call/request"))
                .header("Authorization", basic(ADMIN, PASSWORD))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));

        // The call log is the API's, which a session cookie never signs in: no cookie-borne request reaches it.
        assertThat(withCookie.statusCode()).isIn(401, 403);
        assertThat(apiWithCookie.statusCode()).isIn(401, 403);
        assertThat(withBasic.statusCode())
                .as(withBasic.body())
                .isBetween(400, 404)
                .isNotEqualTo(403);
    }

    // --- helpers

    /** Cookies a browser would keep, by name. */
    final class Cookies {
        final java.util.Map<String, String> values = new java.util.LinkedHashMap<>();
        HttpResponse<String> last;

        void take(HttpResponse<String> response) {
            last = response;
            for (String cookie : response.headers().allValues("Set-Cookie")) {
                String pair = cookie.split(";", 2)[0];
                int eq = pair.indexOf('=');
                String value = pair.substring(eq + 1);
                if (value.isEmpty() || cookie.contains("Max-Age=0")) {
                    values.remove(pair.substring(0, eq));
                } else {
                    values.put(pair.substring(0, eq), value);
                }
            }
        }

        String header() {
            return values.entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; "));
        }
    }

    /** Signs in through the form, as a browser would, and answers the new session id. */
    private String signIn(Cookies cookies, String user, String password) throws Exception {
        var pageRequest = get("/login");
        if (!cookies.values.isEmpty()) {
            pageRequest.header("Cookie", cookies.header());
        }
        HttpResponse<String> page = send(pageRequest);
        cookies.take(page);
        var signIn = post(
                "/login",
                "username=" + user + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf="
                        + csrf(page.body()));
        if (!cookies.values.isEmpty()) {
            signIn.header("Cookie", cookies.header());
        }
        HttpResponse<String> signedIn = send(signIn);
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        cookies.take(signedIn);
        Matcher session = SESSION.matcher(String.join(";", signedIn.headers().allValues("Set-Cookie")));
        assertThat(session.find()).isTrue();
        return session.group(1);
    }

    private static String csrf(String page) {
        Matcher matcher = CSRF.matcher(page);
        assertThat(matcher.find()).as("a CSRF token in the page").isTrue();
        return matcher.group(1);
    }

    private static String head(HttpResponse<String> response) {
        StringBuilder head = new StringBuilder("HTTP/1.1 " + response.statusCode() + "\n");
        response.headers()
                .map()
                .forEach((name, values) -> values.forEach(
                        v -> head.append(name).append(": ").append(v).append('\n')));
        return head + "\n";
    }

    private HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60)).GET();
    }

    private HttpRequest.Builder post(String path, String form) {
        return HttpRequest.newBuilder(uri(path))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** One raw request on its own connection; answers the status line and headers (and no more than 2 seconds of body). */
    private String exchange(byte[]... parts) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 10_000);
            socket.setSoTimeout(2000);
            OutputStream out = socket.getOutputStream();
            for (byte[] part : parts) {
                out.write(part);
            }
            out.flush();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[8192];
            try {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    answer.write(buffer, 0, n);
                    if (answer.toString(StandardCharsets.ISO_8859_1).contains("\r\n\r\n") && answer.size() > 16_384) {
                        break;
                    }
                }
            } catch (java.net.SocketTimeoutException streamStillOpen) {
                // an event stream never ends; its head is what is checked
            }
            return answer.toString(StandardCharsets.UTF_8).replace("\r\n", "\n");
        }
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
