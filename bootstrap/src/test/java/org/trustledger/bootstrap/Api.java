package org.trustledger.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small HTTP client for end-to-end tests, signed in as one user. */
final class Api {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;
    private final String authorization;
    private final String user;
    private final String password;

    Api(int port, String user, String password) {
        this.base = "http://127.0.0.1:" + port;
        this.user = user;
        this.password = password;
        this.authorization =
                "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** A response with its body read as JSON. */
    record Response(int status, JsonNode body, HttpResponse<String> raw) {
        String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }

    Response get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    /** A party's whole history, every page of it in turn, oldest first. */
    List<JsonNode> history(String partyId) {
        List<JsonNode> entries = new ArrayList<>();
        long after = 0;
        while (true) {
            Response page = get("/api/v1/parties/" + partyId + "/history?limit=1000&after=" + after);
            if (page.status() != 200) {
                throw new IllegalStateException("history of " + partyId + " answered " + page.status());
            }
            page.body().forEach(entries::add);
            if (page.header("Link") == null || page.body().isEmpty()) {
                return entries;
            }
            after = entries.getLast().get("sequence").asLong();
        }
    }

    /** The body as text, for answers that are not one JSON document, such as exports. */
    HttpResponse<String> text(String path) {
        try {
            return http.send(
                    HttpRequest.newBuilder(URI.create(base + path))
                            .header("Authorization", authorization)
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    Response post(String path, String json, String... headers) {
        var builder = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        for (int i = 0; i < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        return send(builder);
    }

    Response put(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A plain-text answer, read without signing in (the metrics scraper's view). */
    String publicText(String path) {
        try {
            return http.send(
                            HttpRequest.newBuilder(URI.create(base + path))
                                    .GET()
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    Response unauthenticated(String path) {
        try {
            var raw = http.send(
                    HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Response(raw.statusCode(), parse(raw.body()), raw);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The state the latest rebuild ended in, waiting for it as long as a loaded machine may need. */
    String rebuildEnded() {
        return await().atMost(Duration.ofMinutes(5))
                .pollInterval(Duration.ofMillis(500))
                .until(
                        () -> get("/api/v1/admin/rebuilds/latest")
                                .body()
                                .path("state")
                                .asString(""),
                        state -> !state.equals("RUNNING"));
    }

    /** A dashboard page in a language as this user's browser gets it, signed in through the sign-in form. */
    String signedInPage(String path, String language) {
        try (HttpClient browser = HttpClient.newBuilder()
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build()) {
            var text = HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8);
            String login = browser.send(
                            HttpRequest.newBuilder(URI.create(base + "/login")).build(), text)
                    .body();
            Matcher csrf = CSRF.matcher(login);
            assertThat(csrf.find()).isTrue();
            HttpResponse<String> signedIn = browser.send(
                    HttpRequest.newBuilder(URI.create(base + "/login"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString("username=" + encoded(user) + "&password="
                                    + encoded(password) + "&_csrf=" + encoded(csrf.group(1))))
                            .build(),
                    text);
            assertThat(signedIn.statusCode()).isEqualTo(302);
            String separator = path.contains("?") ? "&" : "?";
            HttpResponse<String> page = browser.send(
                    HttpRequest.newBuilder(URI.create(base + path + separator + "lang=" + language))
                            .build(),
                    text);
            assertThat(page.statusCode()).isEqualTo(200);
            return page.body();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private Response send(HttpRequest.Builder builder) {
        try {
            var raw = http.send(
                    builder.header("Authorization", authorization).build(), HttpResponse.BodyHandlers.ofString());
            return new Response(raw.statusCode(), parse(raw.body()), raw);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode parse(String body) {
        return body == null || body.isBlank() ? JSON.missingNode() : JSON.readTree(body);
    }
}
