package org.trustledger.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The phone system reports a call over HTTP and a member of staff listening on the live stream hears it, screened on
 * the demo ledger, while the ledger itself records nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IncomingCallStreamTest {
    static final String TOKEN = "pbx-token";
    static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    static Path dataDir;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("trustledger.data-dir", () -> dataDir.toString());
        registry.add("trustledger.demo-data", () -> "true");
        registry.add("trustledger.admin.username", () -> "staff");
        registry.add("trustledger.admin.password", () -> "pw");
        registry.add("trustledger.telephony.token", () -> TOKEN);
    }

    @Test
    void givenStaffListening_whenThePhoneSystemReportsTheTerminatedResellersCall_thenTheRefusalArrivesOnTheStream()
            throws Exception {
        Api api = new Api(port, "staff", "pw");
        BlockingQueue<String> lines = listen();

        var reported = api.post(
                "/api/v1/telephony/calls",
                "{\"callId\": \"pbx-1\", \"from\": \"0353217788\", \"to\": \"0312345678\"}",
                "X-Telephony-Token",
                TOKEN);
        assertThat(reported.status()).isEqualTo(200);
        assertThat(reported.body().path("verdict").asString()).isEqualTo("REFUSE");

        JsonNode event = nextEvent(lines);
        assertThat(event.path("contactId").asString()).isEqualTo("pbx-1");
        assertThat(event.path("verdict").asString()).isEqualTo("REFUSE");
        assertThat(event.path("verdictText").asString()).isEqualTo("Refuse");
        assertThat(event.path("party").path("name").asString()).isEqualTo("株式会社ネクストライン");
        assertThat(event.path("party").path("status").asString()).isEqualTo("TERMINATED");
        assertThat(event.path("party").path("evidence").path(0).path("detail").asString())
                .contains("03-5321-7788");

        // A call is not an interaction: the party's history is as it was, and the call is only in the call log.
        String partyId = event.path("party").path("id").asString();
        var history = api.get("/api/v1/parties/" + partyId + "/history");
        api.post(
                "/api/v1/telephony/calls",
                "{\"callId\": \"pbx-2\", \"from\": \"+81353217788\"}",
                "X-Telephony-Token",
                TOKEN);
        assertThat(nextEvent(lines).path("contactId").asString()).isEqualTo("pbx-2");
        assertThat(api.get("/api/v1/parties/" + partyId + "/history").body()).isEqualTo(history.body());
        var log = api.get("/api/v1/calls");
        assertThat(log.status()).isEqualTo(200);
        assertThat(log.body().valueStream().map(call -> call.path("contactId").asString()))
                .contains("pbx-1", "pbx-2")
                .doesNotHaveDuplicates();
    }

    @Test
    void givenATollFreeNumberAKnownPartyUses_thenTheMatchIsWeakAndTheCallerIsNotTakenForThatParty() throws Exception {
        Api api = new Api(port, "staff", "pw");
        BlockingQueue<String> lines = listen();

        api.post(
                "/api/v1/telephony/calls",
                "{\"callId\": \"pbx-3\", \"from\": \"0120-123-456\"}",
                "X-Telephony-Token",
                TOKEN);

        JsonNode event = nextEvent(lines);
        assertThat(event.path("contactId").asString()).isEqualTo("pbx-3");
        // A free-dial number is shared by whoever answers it: it may point at a party, never prove the caller is it.
        assertThat(event.path("party").path("name").asString()).isEqualTo("光ネットワーク株式会社");
        assertThat(event.path("party").path("requester").asBoolean()).isFalse();
        assertThat(event.path("party")
                        .path("evidence")
                        .path(0)
                        .path("strengthPercent")
                        .asInt())
                .isLessThan(100);
    }

    /** Listens on the live stream as a signed-in member of staff reading English; each line arrives in the queue. */
    private BlockingQueue<String> listen() throws Exception {
        HttpResponse<Stream<String>> stream = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/calls/stream"))
                                .header("Authorization", basic("staff", "pw"))
                                .header("Accept", "text/event-stream")
                                .header("Accept-Language", "en")
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofLines());
        assertThat(stream.statusCode()).isEqualTo(200);
        assertThat(stream.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/event-stream"));
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread.ofVirtual().start(() -> stream.body().forEach(lines::add));
        return lines;
    }

    /** The JSON of the next {@code call} event on the stream, waiting a few seconds at most. */
    private static JsonNode nextEvent(BlockingQueue<String> lines) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        boolean call = false;
        while (System.nanoTime() < deadline) {
            String line = lines.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (line == null) {
                break;
            }
            if (line.equals("event:call")) {
                call = true;
            } else if (call && line.startsWith("data:")) {
                return JSON.readTree(line.substring("data:".length()));
            }
        }
        throw new AssertionError("no call event on the stream within 5 seconds");
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
