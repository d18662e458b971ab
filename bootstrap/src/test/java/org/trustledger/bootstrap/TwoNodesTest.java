package org.trustledger.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.trustledger.adapters.persistence.support.TestDatabases;

/**
 * Two nodes of the product on one PostgreSQL behind a round-robin balancer, as the README's production setup: a
 * signed-in dashboard session holds whichever node answers, and a call reported to one node pops up for staff whose
 * browser listens on the other.
 */
class TwoNodesTest {
    static final String TOKEN = "two-nodes-token";
    static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]+)");
    static final int CALLS = 5;

    static Node nodeA;
    static Node nodeB;
    static RoundRobinProxy proxy;

    @BeforeAll
    static void start() throws Exception {
        String url = TestDatabases.url(TestDatabases.Kind.POSTGRESQL);
        nodeA = Node.onPostgres(url, "--trustledger.telephony.token=" + TOKEN);
        nodeB = Node.onPostgres(url, "--trustledger.telephony.token=" + TOKEN);
        proxy = RoundRobinProxy.start(List.of(nodeA.port(), nodeB.port()));
    }

    @AfterAll
    static void stop() {
        if (proxy != null) {
            proxy.close();
        }
        if (nodeB != null) {
            nodeB.close();
        }
        if (nodeA != null) {
            nodeA.close();
        }
    }

    @Test
    void aSignedInDashboardSession_survives20AlternatingRequests() throws Exception {
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpResponse<String> loginPage =
                    client.send(viaProxy("/login").build(), HttpResponse.BodyHandlers.ofString());
            String csrfCookie = loginPage.headers().allValues("Set-Cookie").stream()
                    .filter(c -> c.startsWith("XSRF-TOKEN="))
                    .map(c -> c.split(";", 2)[0])
                    .findFirst()
                    .orElseThrow();
            HttpResponse<String> signedIn = client.send(
                    viaProxy("/login")
                            .header("Cookie", csrfCookie)
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString("username=" + Node.USER + "&password="
                                    + URLEncoder.encode(Node.PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
                                    + match(CSRF, loginPage.body())))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(signedIn.statusCode()).isEqualTo(302);
            assertThat(signedIn.headers().firstValue("Location"))
                    .hasValueSatisfying(location -> assertThat(location).doesNotContain("error"));
            String session = match(
                    SESSION,
                    signedIn.headers().allValues("Set-Cookie").stream()
                            .filter(c -> c.startsWith("JSESSIONID="))
                            .findFirst()
                            .orElseThrow());
            int before = proxy.answeredBy.size();

            for (int i = 0; i < 20; i++) {
                HttpResponse<String> page = client.send(
                        viaProxy(i % 2 == 0 ? "/" : "/parties")
                                .header("Cookie", "JSESSIONID=" + session)
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(page.statusCode())
                        .as(
                                "request %d, answered by node on port %d: %s",
                                i, proxy.answeredBy.getLast(), page.headers())
                        .isEqualTo(200);
                assertThat(page.body()).contains(Node.USER);
            }

            List<Integer> answered = proxy.answeredBy.subList(before, proxy.answeredBy.size());
            assertThat(answered).hasSize(20);
            assertThat(answered.stream().distinct()).as("both nodes answered").hasSize(2);
            for (int i = 1; i < answered.size(); i++) {
                assertThat(answered.get(i)).as("the balancer alternates").isNotEqualTo(answered.get(i - 1));
            }
        }
    }

    @Test
    void aCallReportedToOneNode_popsUpOnTheOtherWithinASecond() throws Exception {
        BlockingQueue<String> linesOnB = listen(nodeB.port());
        List<Long> millis = new ArrayList<>();
        try (HttpClient client = HttpClient.newHttpClient()) {
            for (int i = 0; i < CALLS; i++) {
                String callId = "two-nodes-" + i + "-" + System.nanoTime();
                HttpRequest report = HttpRequest.newBuilder(
                                URI.create("http://127.0.0.1:" + nodeA.port() + "/api/v1/telephony/calls"))
                        .header("Content-Type", "application/json")
                        .header("X-Telephony-Token", TOKEN)
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"callId\": \"" + callId + "\", \"from\": \"0353217788\"}"))
                        .build();
                long sent = System.nanoTime();
                HttpResponse<String> answer = client.send(report, HttpResponse.BodyHandlers.ofString());
                assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
                // Generous, for a loaded machine; what is asserted of the latency is below, from the measurement.
                assertThat(nextEventId(linesOnB, Duration.ofSeconds(30))).isEqualTo(callId);
                millis.add((System.nanoTime() - sent) / 1_000_000);
            }
        }

        List<Long> sorted = millis.stream().sorted().toList();
        long median = sorted.get(sorted.size() / 2);
        System.out.println("Webhook on node A to the pop-up event on node B (ms): " + millis + "; median " + median
                + ", max " + sorted.getLast());
        // The median, not the maximum: on a shared two-core machine one round can stall behind other builds.
        assertThat(median).as("median of %s ms", millis).isLessThanOrEqualTo(1_000);
    }

    /** Listens on a node's live stream as a signed-in member of staff; each line arrives in the queue. */
    private static BlockingQueue<String> listen(int port) throws Exception {
        HttpResponse<Stream<String>> stream = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/calls/stream"))
                                .header("Authorization", basic())
                                .header("Accept", "text/event-stream")
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofLines());
        assertThat(stream.statusCode()).isEqualTo(200);
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread.ofVirtual().start(() -> stream.body().forEach(lines::add));
        return lines;
    }

    /** The id of the next {@code call} event on the stream. */
    private static String nextEventId(BlockingQueue<String> lines, Duration atMost) throws InterruptedException {
        long deadline = System.nanoTime() + atMost.toNanos();
        boolean call = false;
        while (System.nanoTime() < deadline) {
            String line = lines.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (line == null) {
                break;
            }
            if (line.equals("event:call")) {
                call = true;
            } else if (call && line.startsWith("id:")) {
                return line.substring("id:".length());
            }
        }
        throw new AssertionError("no call event on the stream within " + atMost);
    }

    private static HttpRequest.Builder viaProxy(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + proxy.port() + path));
    }

    private static String basic() {
        return "Basic "
                + Base64.getEncoder()
                        .encodeToString((Node.USER + ":" + Node.PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    private static String match(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        assertThat(matcher.find()).as("%s in %s", pattern, text).isTrue();
        return matcher.group(1);
    }
}
