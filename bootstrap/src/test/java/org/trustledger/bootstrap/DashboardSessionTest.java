package org.trustledger.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The dashboard's session: none before sign-in, a new id at sign-in, a cookie scripts and other sites cannot use, and sign-out. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DashboardSessionTest {
    static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]+)");
    static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("trustledger.data-dir", () -> dataDir.toString());
        registry.add("trustledger.admin.username", () -> "owner");
        registry.add("trustledger.admin.password", () -> "a password for the test");
    }

    @LocalServerPort
    int port;

    @Test
    void signingIn_givesANewHttpOnlySameSiteSessionId_andSigningOutEndsIt() throws Exception {
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpResponse<String> loginPage =
                    client.send(request("/login").build(), HttpResponse.BodyHandlers.ofString());
            // No session before sign-in: the form's CSRF token travels in a cookie of its own.
            assertThat(loginPage.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("JSESSIONID"));
            String csrfCookie = loginPage.headers().allValues("Set-Cookie").stream()
                    .filter(c -> c.startsWith("XSRF-TOKEN="))
                    .map(c -> c.split(";", 2)[0])
                    .findFirst()
                    .orElseThrow();
            String before = "planted-by-somebody-else";
            String csrf = match(CSRF, loginPage.body());

            HttpResponse<String> signedIn = client.send(
                    request("/login")
                            .header("Cookie", "JSESSIONID=" + before + "; " + csrfCookie)
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(form("username=owner&password="
                                    + URLEncoder.encode("a password for the test", StandardCharsets.UTF_8) + "&_csrf="
                                    + csrf))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(signedIn.statusCode()).isEqualTo(302);
            assertThat(signedIn.headers().firstValue("Location"))
                    .hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
            String setCookie = signedIn.headers().allValues("Set-Cookie").stream()
                    .filter(c -> c.startsWith("JSESSIONID="))
                    .findFirst()
                    .orElseThrow();
            String newCsrfCookie = signedIn.headers().allValues("Set-Cookie").stream()
                    .filter(c -> c.startsWith("XSRF-TOKEN=") && !c.startsWith("XSRF-TOKEN=;"))
                    .map(c -> c.split(";", 2)[0])
                    .findFirst()
                    .orElse(csrfCookie);
            assertThat(setCookie).contains("HttpOnly").containsIgnoringCase("SameSite=Lax");
            String after = match(SESSION, setCookie);
            assertThat(after).isNotEqualTo(before);

            HttpResponse<String> page = client.send(
                    request("/parties")
                            .header("Cookie", "JSESSIONID=" + after + "; " + newCsrfCookie)
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(200);
            String pageCsrfCookie = page.headers().allValues("Set-Cookie").stream()
                    .filter(c -> c.startsWith("XSRF-TOKEN=") && !c.startsWith("XSRF-TOKEN=;"))
                    .map(c -> c.split(";", 2)[0])
                    .findFirst()
                    .orElse(newCsrfCookie);
            String logoutCsrf = match(CSRF, page.body());
            HttpResponse<String> signedOut = client.send(
                    request("/logout")
                            .header("Cookie", "JSESSIONID=" + after + "; " + pageCsrfCookie)
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(form("_csrf=" + logoutCsrf))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(signedOut.headers().firstValue("Location"))
                    .hasValueSatisfying(l -> assertThat(l).endsWith("/login?logout"));

            HttpResponse<String> afterLogout = client.send(
                    request("/parties").header("Cookie", "JSESSIONID=" + after).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(afterLogout.statusCode()).isEqualTo(302);
            assertThat(afterLogout.headers().firstValue("Location"))
                    .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        }
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }

    private static HttpRequest.BodyPublisher form(String body) {
        return HttpRequest.BodyPublishers.ofString(body);
    }

    private static String match(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        assertThat(matcher.find()).as("%s in %s", pattern, text).isTrue();
        return matcher.group(1);
    }
}
