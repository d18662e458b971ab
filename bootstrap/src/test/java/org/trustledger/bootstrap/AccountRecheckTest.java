package org.trustledger.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Every dashboard request re-checks its account in the database: a manager demoted, disabled or given a new password
 * loses the session signed in before, with its CSRF token, at once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AccountRecheckTest {
    static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]+)");
    static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    static final String ADMIN_PASSWORD = "a password for the test";
    static final String VICTIM_PASSWORD = "the victim's own password";
    static final AtomicInteger NAMES = new AtomicInteger();

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("trustledger.data-dir", () -> dataDir.toString());
        registry.add("trustledger.admin.username", () -> "owner");
        registry.add("trustledger.admin.password", () -> ADMIN_PASSWORD);
    }

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newHttpClient();

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"role\":\"STAFF\"}",
                "{\"role\":\"AUDITOR\"}",
                "{\"enabled\":false}",
                "{\"password\":\"a brand new password\"}"
            })
    void aManagerChangedByAnother_losesTheOldSessionAndItsCsrfToken(String change) throws Exception {
        Api admin = new Api(port, "owner", ADMIN_PASSWORD);
        String victim = "victim" + NAMES.incrementAndGet();
        assertThat(admin.post("/api/v1/accounts", """
                        {"username":"%s","password":"%s","role":"MANAGER"}""".formatted(victim, VICTIM_PASSWORD))
                        .status())
                .isEqualTo(201);
        String partyId = admin.post("/api/v1/parties", """
                        {"kind":"RESELLER","name":"株式会社セッション%d","phones":["03-6333-%04d"]}""".formatted(NAMES.get(), NAMES.get()))
                .body()
                .get("partyId")
                .asString();
        String session = signIn(victim, VICTIM_PASSWORD);
        HttpResponse<String> page = get("/parties/" + partyId, session);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("terminate-details");
        String csrf = match(CSRF, page.body());

        assertThat(patch(admin, "/api/v1/accounts/" + victim, change)).isEqualTo(200);

        HttpResponse<String> terminated =
                post("/parties/" + partyId + "/termination", session, "reason=" + enc("終了させる") + "&_csrf=" + csrf);
        HttpResponse<String> trouble = post(
                "/parties/" + partyId + "/troubles",
                session,
                "category=WRONG_PLAN&severity=MINOR&description=" + enc("記録させる") + "&_csrf=" + csrf);
        HttpResponse<String> again = get("/parties/" + partyId, session);

        assertThat(terminated.headers().firstValue("Location").orElse("")).doesNotContain("/parties/" + partyId);
        assertThat(trouble.headers().firstValue("Location").orElse("")).doesNotContain("/parties/" + partyId);
        assertThat(again.statusCode()).isEqualTo(302);
        assertThat(again.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        var party = admin.get("/api/v1/parties/" + partyId).body();
        assertThat(party.get("terminated").asBoolean()).isFalse();
        assertThat(party.get("troubleCount").asInt()).isZero();
    }

    @Test
    void aSessionWhoseAccountDidNotChange_keepsWorking() throws Exception {
        Api admin = new Api(port, "owner", ADMIN_PASSWORD);
        String user = "steady" + NAMES.incrementAndGet();
        admin.post("/api/v1/accounts", """
                {"username":"%s","password":"%s","role":"STAFF"}""".formatted(user, VICTIM_PASSWORD));
        String partyId = admin.post("/api/v1/parties", """
                        {"kind":"RESELLER","name":"株式会社カワラズ%d","phones":["03-6334-%04d"]}""".formatted(NAMES.get(), NAMES.get()))
                .body()
                .get("partyId")
                .asString();
        String session = signIn(user, VICTIM_PASSWORD);

        assertThat(get("/parties", session).statusCode()).isEqualTo(200);
        HttpResponse<String> page = get("/parties/" + partyId, session);
        assertThat(page.statusCode()).isEqualTo(200);
        // The same cookies and form token that a changed account's session loses still record for an unchanged one.
        HttpResponse<String> trouble = post(
                "/parties/" + partyId + "/troubles",
                session,
                "category=WRONG_PLAN&severity=MINOR&description=" + enc("記録できる") + "&_csrf="
                        + match(CSRF, page.body()));
        assertThat(trouble.headers().firstValue("Location").orElse("")).contains("/parties/" + partyId);
        assertThat(admin.get("/api/v1/parties/" + partyId)
                        .body()
                        .get("troubleCount")
                        .asInt())
                .isEqualTo(1);
    }

    @Test
    void aForwardedSchemeFromAPeerNobodyListedAsAProxy_isIgnored() throws Exception {
        HttpResponse<String> page = http.send(
                HttpRequest.newBuilder(uri("/login"))
                        .header("X-Forwarded-Proto", "https")
                        .header("Forwarded", "for=203.0.113.1;proto=https")
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(page.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(page.headers().allValues("Set-Cookie")).noneMatch(c -> c.contains("Secure"));
    }

    /** Signs in through the form and answers the cookies the browser would then send: the session and the CSRF token. */
    String signIn(String user, String password) throws Exception {
        HttpResponse<String> loginPage =
                http.send(HttpRequest.newBuilder(uri("/login")).build(), HttpResponse.BodyHandlers.ofString());
        String csrfCookie = csrfCookie(loginPage).orElseThrow();
        String csrf = match(CSRF, loginPage.body());
        HttpResponse<String> signedIn = http.send(
                HttpRequest.newBuilder(uri("/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Cookie", csrfCookie)
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "username=" + enc(user) + "&password=" + enc(password) + "&_csrf=" + csrf))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).doesNotContain("login"));
        String session = signedIn.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> "JSESSIONID=" + match(SESSION, c))
                .findFirst()
                .orElseThrow();
        // Signing in gives the CSRF token a new value, in the same answer.
        return session + "; " + csrfCookie(signedIn).orElse(csrfCookie);
    }

    private static java.util.Optional<String> csrfCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("XSRF-TOKEN=") && !c.startsWith("XSRF-TOKEN=;"))
                .map(c -> c.substring(0, c.indexOf(';')))
                .findFirst();
    }

    HttpResponse<String> get(String path, String cookies) throws Exception {
        return http.send(
                HttpRequest.newBuilder(uri(path)).header("Cookie", cookies).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String cookies, String form) throws Exception {
        return http.send(
                HttpRequest.newBuilder(uri(path))
                        .header("Cookie", cookies)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    int patch(Api admin, String path, String json) throws Exception {
        return http.send(
                        HttpRequest.newBuilder(uri(path))
                                .header("Authorization", basic("owner", ADMIN_PASSWORD))
                                .header("Content-Type", "application/json")
                                .method("PATCH", HttpRequest.BodyPublishers.ofString(json))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .statusCode();
    }

    static String basic(String user, String password) {
        return "Basic "
                + java.util.Base64.getEncoder()
                        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    static String match(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        assertThat(matcher.find()).as("%s in %s", pattern, text).isTrue();
        return matcher.group(1);
    }
}
