package org.trustledger.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/** The demo ledger tells the shop's story end to end, through the same API staff use during a call. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DemoStoryTest {
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
    }

    private Api api() {
        return new Api(port, "staff", "pw");
    }

    @Test
    void theRenamedReseller_isRefusedAsLinkedToTheTerminatedOne_byItsAddress() {
        var answer = api().post("/api/v1/screenings", """
                {"companyName":"ネクスト光サポート合同会社","address":"新宿区西新宿1丁目2番3号 サンライズビル５階",
                 "requesterKind":"RESELLER","onBehalfOfCustomer":true,"channel":"PHONE"}""");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().get("verdict").asString()).isEqualTo("REFUSE");
        assertThat(codes(answer.body())).contains("LINKED_TO_TERMINATED", "PROXY_FROM_RESELLER");
        JsonNode nextline = match(answer.body(), "株式会社ネクストライン");
        assertThat(nextline.get("status").asString()).isEqualTo("TERMINATED");
        assertThat(nextline.get("evidence").toString()).contains("ADDRESS");
    }

    @Test
    void theReviewQueue_listsTheRenamedReseller_withTheTerminatedPartyItMayBe() {
        var queue = api().get("/api/v1/parties?status=PROVISIONAL");

        assertThat(queue.status()).isEqualTo(200);
        JsonNode renamed = null;
        for (JsonNode item : queue.body().get("items")) {
            if (item.get("name").asString().equals("合同会社ネクスト光サポート")) {
                renamed = item;
            }
        }
        assertThat(renamed).as("the rename is in the queue").isNotNull();
        JsonNode link = renamed.get("reasons").get(0).get("links").get(0);
        assertThat(link.get("name").asString()).isEqualTo("株式会社ネクストライン");
        assertThat(link.get("evidenceKinds").toString()).contains("ADDRESS");
    }

    @Test
    void theRenamedReseller_isCaughtEvenWhenItSaysNothingOfBeingAReseller() {
        var answer = api().post(
                        "/api/v1/screenings",
                        "{\"address\":\"東京都新宿区西新宿1-2-3 サンライズビル5F\",\"onBehalfOfCustomer\":false}");
        assertThat(answer.body().get("verdict").asString()).isEqualTo("REFUSE");
        assertThat(codes(answer.body())).contains("LINKED_TO_TERMINATED");
    }

    @Test
    void aBareStreetAddressWithoutTheBuilding_isNotEnoughToRefuse() {
        var answer = api().post("/api/v1/screenings", "{\"address\":\"東京都新宿区西新宿1-2-3\",\"onBehalfOfCustomer\":false}");
        assertThat(answer.body().get("verdict").asString()).isNotEqualTo("REFUSE");
    }

    @Test
    void theReturningCustomer_signedUpByTheTerminatedReseller_isAcceptedWithPriority() {
        var answer = api().post(
                        "/api/v1/screenings",
                        "{\"callerName\":\"田中花子\",\"phone\":\"09011112222\",\"requesterKind\":\"CUSTOMER\","
                                + "\"onBehalfOfCustomer\":false,\"channel\":\"PHONE\"}");
        assertThat(answer.body().get("verdict").asString()).isEqualTo("ACCEPT");
        assertThat(answer.body().get("priority").asString()).isEqualTo("HIGH");
        assertThat(codes(answer.body())).contains("DIRECT_CUSTOMER", "RETURNING_CUSTOMER");
    }

    @Test
    void theLedgerLists_theTerminatedReseller_andExplainsItsStatus() {
        var terminated = api().get("/api/v1/parties?status=TERMINATED");
        assertThat(terminated.body().get("total").asLong()).isEqualTo(1);
        String id = terminated.body().get("items").get(0).get("partyId").asString();

        var party = api().get("/api/v1/parties/" + id);
        assertThat(party.body().get("status").asString()).isEqualTo("TERMINATED");
        assertThat(party.body().get("reasons").toString())
                .contains("TERMINATED")
                .contains("TROUBLES");

        var watched = api().get("/api/v1/parties?status=WATCH");
        assertThat(watched.body().get("items").toString()).contains("ベストコネクト");
    }

    @Test
    void screeningWithRecord_recordsTheRefusalOnTheCallersParty() {
        var answer = api().post("/api/v1/screenings", """
                {"companyName":"株式会社ネクストライン","phone":"03-5321-7788","onBehalfOfCustomer":true,
                 "record":true,"summary":"別のお客様宅の設定依頼"}""");
        assertThat(answer.body().get("verdict").asString()).isEqualTo("REFUSE");
        String partyId = answer.body().get("recorded").get("partyId").asString();

        var history = api().get("/api/v1/parties/" + partyId + "/history").body();
        JsonNode last = history.get(history.size() - 1);
        assertThat(last.get("type").asString()).isEqualTo("RequestReceived");
        assertThat(last.get("data").get("answer").asString()).isEqualTo("REFUSED");
        assertThat(last.get("data").get("reasons").toString()).contains("TERMINATED_PARTY");
    }

    private static List<String> codes(JsonNode answer) {
        List<String> codes = new ArrayList<>();
        answer.get("reasons").forEach(r -> codes.add(r.get("code").asString()));
        return codes;
    }

    private static JsonNode match(JsonNode answer, String name) {
        for (JsonNode match : answer.get("matches")) {
            if (match.get("name").asString().equals(name)) {
                return match;
            }
        }
        throw new AssertionError("no match named " + name + " in " + answer);
    }
}
