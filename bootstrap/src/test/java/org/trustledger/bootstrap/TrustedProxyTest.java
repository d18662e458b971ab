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

/**
 * Behind the documented nginx on the same host (the peer is 127.0.0.1, listed in trustledger.trusted-proxies): the
 * client's address and HTTPS come from the proxy, so throttling is per real client and cookies are Secure.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TrustedProxyTest {
    static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    static final String PASSWORD = "a password for the test";

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("trustledger.data-dir", () -> dataDir.toString());
        registry.add("trustledger.admin.username", () -> "owner");
        registry.add("trustledger.admin.password", () -> PASSWORD);
        registry.add("trustledger.trusted-proxies", () -> "127.0.0.1,::1");
    }

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void overHttpsAtTheProxy_theSessionCookieIsSecure_andHstsIsSent() throws Exception {
        HttpResponse<String> signedIn = signIn("owner", PASSWORD, "198.51.100.20", "https");

        assertThat(signedIn.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).doesNotContain("login"));
        assertThat(sessionCookie(signedIn)).contains("Secure");
        assertThat(signedIn.headers().firstValue("Strict-Transport-Security")).isPresent();
    }

    @Test
    void failuresFromOneClientBehindTheProxy_holdThatClient_notTheOwnerAtAnother() throws Exception {
        String last = "";
        for (int i = 0; i < 6; i++) {
            last = signIn("owner", "wrong password " + i, "203.0.113.5", "http")
                    .headers()
                    .firstValue("Location")
                    .orElse("");
        }
        assertThat(last).contains("/login?held=").contains("username=owner");

        HttpResponse<String> owner = signIn("owner", PASSWORD, "198.51.100.9", "http");
        assertThat(owner.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).doesNotContain("login"));
        assertThat(sessionCookie(owner)).doesNotContain("Secure");
    }

    HttpResponse<String> signIn(String user, String password, String client, String proto) throws Exception {
        HttpResponse<String> loginPage =
                http.send(request("/login", client, proto).build(), HttpResponse.BodyHandlers.ofString());
        String csrf = match(CSRF, loginPage.body());
        var builder = request("/login", client, proto)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "username=" + enc(user) + "&password=" + enc(password) + "&_csrf=" + enc(csrf)));
        // The sign-in form's CSRF token travels in a cookie too: an anonymous visitor has no session to keep it in.
        loginPage.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("XSRF-TOKEN="))
                .findFirst()
                .ifPresent(c -> builder.header("Cookie", c.substring(0, c.indexOf(';'))));
        HttpResponse<String> answer = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(302);
        return answer;
    }

    static String sessionCookie(HttpResponse<String> answer) {
        return answer.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie in " + answer.headers()));
    }

    HttpRequest.Builder request(String path, String client, String proto) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("X-Forwarded-For", "192.0.2.99, " + client)
                .header("X-Forwarded-Proto", proto);
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
