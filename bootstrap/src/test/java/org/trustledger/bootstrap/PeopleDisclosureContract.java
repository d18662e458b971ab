package org.trustledger.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A person asks what the shop holds of them (開示): a private customer registered by staff, their number and address
 * corrected by a manager, called about by their husband (who also calls for a reseller) and by themselves, in trouble,
 * exported by an auditor and with the ledger by a manager. The disclosure, as JSON and as the printed page, is compared
 * entry by entry with everything recorded: each entry's kind, when and who recorded it, both values of each correction
 * with their dates, and to whom each export went.
 */
abstract class PeopleDisclosureContract {
    static final String USER = "manager";
    static final String PASSWORD = "correct horse battery staple";
    private static final String STAFF = "kenji";
    private static final String AUDITOR = "akiko";
    private static final String OTHERS_PASSWORD = "a long enough password for tests";
    private static final DateTimeFormatter SHOWN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Tokyo"));

    @LocalServerPort
    int port;

    @Test
    void theDisclosure_asJsonAndAsThePage_isEverythingRecorded_entryByEntry() throws Exception {
        Api manager = new Api(port, USER, PASSWORD);
        for (String[] account : new String[][] {{STAFF, "STAFF"}, {AUDITOR, "AUDITOR"}}) {
            assertThat(manager.post("/api/v1/accounts", """
                            {"username":"%s","password":"%s","role":"%s"}""".formatted(account[0], OTHERS_PASSWORD, account[1]))
                            .status())
                    .isEqualTo(201);
        }
        Api staff = new Api(port, STAFF, OTHERS_PASSWORD);
        Api auditor = new Api(port, AUDITOR, OTHERS_PASSWORD);

        String customer = created(staff.post("/api/v1/parties", """
                {"kind":"CUSTOMER","name":"鷺沼 千景","phones":["090-8765-4321"],"address":"東京都杉並区阿佐谷北九丁目8番7号"}"""));
        assertThat(manager.put("/api/v1/parties/" + customer, """
                        {"kind":"CUSTOMER","name":"鷺沼 千景","phones":["090-1111-0000"],"address":"東京都中野区中央一丁目2番3号"}""").status()).isEqualTo(200);
        String reseller = created(staff.post("/api/v1/parties", """
                {"kind":"RESELLER","name":"株式会社ネクストライン","phones":["03-5321-7788"],"representative":"代表取締役 山田太郎"}"""));
        assertThat(staff.post("/api/v1/parties/" + customer + "/callers", """
                        {"name":"鷺沼 浩二","fullNameGiven":true,"role":"夫","phone":"090-2222-3333"}""").status())
                .isEqualTo(201);
        assertThat(staff.post("/api/v1/parties/" + customer + "/callers", """
                        {"name":"鷺沼千景","fullNameGiven":true,"role":"本人","phone":"090-1111-0000"}""").status())
                .isEqualTo(201);
        assertThat(manager.post("/api/v1/parties/" + reseller + "/callers", """
                        {"name":"鷺沼浩二","fullNameGiven":true,"role":"営業","phone":"+81 90 2222 3333"}""").status())
                .isEqualTo(201);
        assertThat(staff.post("/api/v1/parties/" + customer + "/troubles", """
                        {"category":"WRONG_PLAN","severity":"MAJOR","description":"説明と違う契約"}""").status())
                .isEqualTo(201);
        assertThat(auditor.text("/api/v1/parties/" + customer + "/export?format=csv")
                        .statusCode())
                .isEqualTo(200);
        assertThat(manager.text("/api/v1/export/ledger?format=jsonl").statusCode())
                .isEqualTo(200);

        // Finding them: the customer by name, the husband by his number in another notation, with both his parties.
        assertThat(ids(manager.get("/api/v1/people?q=" + enc("さぎぬま")))).isEmpty();
        List<String> byName = ids(manager.get("/api/v1/people?q=" + enc("鷺沼")));
        assertThat(byName).hasSize(2).contains(customer);
        JsonNode husbandFound =
                manager.get("/api/v1/people?q=" + enc("(090)2222-3333")).body().get("items");
        assertThat(husbandFound).hasSize(1);
        String husband = husbandFound.get(0).get("personId").asString();
        assertThat(husband).isNotIn(customer, reseller);
        assertThat(husbandFound.get(0).get("parties").findValuesAsString("partyId"))
                .containsExactly(customer, reseller);
        assertThat(ids(manager.get("/api/v1/people?q=" + enc("山田太郎")))).hasSize(1);

        // The private customer: every entry of their party, as the history holds it.
        JsonNode disclosure =
                manager.get("/api/v1/people/" + customer + "/disclosure").body();
        List<JsonNode> history = manager.history(customer);
        assertThat(disclosure.get("privateCustomer").asBoolean()).isTrue();
        assertThat(texts(disclosure.get("details").get("phones"))).containsExactly("090-1111-0000");
        assertThat(texts(disclosure.get("details").get("address"))).containsExactly("東京都中野区中央一丁目2番3号");
        assertThat(entries(disclosure)).containsExactlyElementsOf(entries(customer, history));
        assertThat(entries(disclosure))
                .extracting(e -> e.type() + " by " + e.recordedBy())
                .containsExactly(
                        "PartyRegistered by " + STAFF,
                        "PartyAmended by " + USER,
                        "CallerIdentified by " + STAFF,
                        "CallerIdentified by " + STAFF,
                        "TroubleLogged by " + STAFF);

        // Both values of each correction, with the day each was recorded.
        JsonNode corrections = disclosure.get("corrections");
        assertThat(corrections).hasSize(2);
        assertCorrection(corrections.get(0), "phones", "090-8765-4321", "090-1111-0000", history);
        assertCorrection(corrections.get(1), "address", "東京都杉並区阿佐谷北九丁目8番7号", "東京都中野区中央一丁目2番3号", history);

        // To whom it went: the auditor's export of the party, the manager's of the whole ledger.
        JsonNode exports = disclosure.get("exports");
        assertThat(exports).hasSize(2);
        assertThat(exports.get(0).get("by").asString()).isEqualTo(AUDITOR);
        assertThat(exports.get(0).get("scope").asString()).isEqualTo("PARTY");
        assertThat(exports.get(0).get("partyId").asString()).isEqualTo(customer);
        assertThat(exports.get(0).get("format").asString()).isEqualTo("csv");
        assertThat(exports.get(1).get("by").asString()).isEqualTo(USER);
        assertThat(exports.get(1).get("scope").asString()).isEqualTo("LEDGER");

        // The husband: only the entries naming him, on both parties.
        JsonNode his = manager.get("/api/v1/people/" + husband + "/disclosure").body();
        List<Entry> expected = new ArrayList<>();
        expected.add(entries(customer, history).get(2));
        expected.add(entries(reseller, manager.history(reseller)).get(1));
        assertThat(entries(his)).containsExactlyElementsOf(expected);
        assertThat(his.has("details")).isFalse();
        assertThat(his.get("exports").findValuesAsString("by")).containsExactly(AUDITOR, USER);

        // The page a person takes home says the same, row by row, in Japanese.
        Document page = Jsoup.parse(manager.signedInPage("/people/" + customer, "ja"));
        assertThat(page.select("h1").text()).isEqualTo("保有個人データの開示");
        List<Element> rows = page.select("table#entries tbody tr");
        List<Entry> onJson = entries(disclosure);
        assertThat(rows).hasSameSizeAs(onJson);
        for (int i = 0; i < rows.size(); i++) {
            Element row = rows.get(i);
            Entry entry = onJson.get(i);
            assertThat(row.attr("data-party")).isEqualTo(entry.partyId());
            assertThat(row.attr("data-sequence")).isEqualTo(Long.toString(entry.sequence()));
            assertThat(row.child(0).text()).isEqualTo(SHOWN.format(entry.recordedAt()));
            assertThat(row.child(5).text()).isEqualTo(entry.recordedBy());
        }
        assertThat(rows.get(1).child(3).text()).isEqualTo("情報の変更");
        List<Element> correctionRows = page.select("table#corrections tbody tr");
        assertThat(correctionRows).hasSize(2);
        Element phones = correctionRows.getFirst();
        assertThat(phones.child(0).text()).isEqualTo("電話番号");
        assertThat(phones.child(1).text()).isEqualTo("090-8765-4321");
        assertThat(phones.child(2).text())
                .isEqualTo(SHOWN.format(
                        Instant.parse(history.get(0).get("recordedAt").asString())));
        assertThat(phones.child(3).text()).isEqualTo("090-1111-0000");
        assertThat(phones.child(4).text())
                .isEqualTo(SHOWN.format(
                        Instant.parse(history.get(1).get("recordedAt").asString())));
        assertThat(phones.child(5).text()).isEqualTo(USER);
        assertThat(page.select("table#exports tbody tr"))
                .extracting(row -> row.child(1).text())
                .containsExactly(AUDITOR, USER);

        // Refusals are clear problems, never a 500.
        assertThat(manager.get("/api/v1/people/" + UUID.randomUUID() + "/disclosure")
                        .status())
                .isEqualTo(404);
        assertThat(manager.get("/api/v1/people/" + reseller + "/disclosure").status())
                .isEqualTo(404);
        assertThat(manager.get("/api/v1/people/x/disclosure").status()).isEqualTo(400);
        assertThat(manager.get("/api/v1/people?q=").status()).isEqualTo(400);
        assertThat(manager.get("/api/v1/people?q=" + enc("鷺")).status()).isEqualTo(400);
        assertThat(staff.get("/api/v1/people?q=" + enc("鷺沼")).status()).isEqualTo(403);

        // An auditor's read of a person is in the access log, the name they searched for is not.
        assertThat(auditor.get("/api/v1/people?q=" + enc("鷺沼")).status()).isEqualTo(200);
        assertThat(auditor.get("/api/v1/people/" + husband + "/disclosure").status())
                .isEqualTo(200);
        String accessLog = manager.get("/api/v1/access-log").body().toString();
        assertThat(accessLog)
                .contains("/api/v1/people/" + husband + "/disclosure")
                .doesNotContain("鷺沼", "%E9%B7%BA");

        // Rebuilt from the events alone, the people index files everyone under the same ids.
        assertThat(manager.post("/api/v1/admin/rebuilds", "").status()).isEqualTo(202);
        assertThat(manager.rebuildEnded()).isEqualTo("SUCCEEDED");
        assertThat(ids(manager.get("/api/v1/people?q=" + enc("鷺沼")))).containsExactlyInAnyOrderElementsOf(byName);
        assertThat(entries(
                        manager.get("/api/v1/people/" + husband + "/disclosure").body()))
                .containsExactlyElementsOf(expected);
    }

    /** An entry as the disclosure and the history both tell it. */
    record Entry(String partyId, long sequence, String type, Instant recordedAt, String recordedBy) {}

    private static List<Entry> entries(JsonNode disclosure) {
        List<Entry> entries = new ArrayList<>();
        disclosure
                .get("entries")
                .forEach(e -> entries.add(new Entry(
                        e.get("partyId").asString(),
                        e.get("sequence").asLong(),
                        e.get("type").asString(),
                        Instant.parse(e.get("recordedAt").asString()),
                        e.get("recordedBy").asString())));
        return entries;
    }

    private static List<Entry> entries(String party, List<JsonNode> history) {
        return history.stream()
                .map(e -> new Entry(
                        party,
                        e.get("sequence").asLong(),
                        e.get("type").asString(),
                        Instant.parse(e.get("recordedAt").asString()),
                        e.get("recordedBy").asString()))
                .toList();
    }

    private static void assertCorrection(
            JsonNode correction, String field, String before, String after, List<JsonNode> history) {
        assertThat(correction.get("field").asString()).isEqualTo(field);
        assertThat(texts(correction.get("before"))).containsExactly(before);
        assertThat(correction.get("sinceSequence").asLong()).isEqualTo(1);
        assertThat(correction.get("since").asString())
                .isEqualTo(history.get(0).get("recordedAt").asString());
        assertThat(texts(correction.get("after"))).containsExactly(after);
        assertThat(correction.get("sequence").asLong()).isEqualTo(2);
        assertThat(correction.get("correctedAt").asString())
                .isEqualTo(history.get(1).get("recordedAt").asString());
        assertThat(correction.get("correctedBy").asString()).isEqualTo(USER);
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(value -> texts.add(value.asString()));
        return texts;
    }

    private static List<String> ids(Api.Response found) {
        assertThat(found.status()).isEqualTo(200);
        return found.body().get("items").findValuesAsString("personId");
    }

    private static String created(Api.Response response) {
        assertThat(response.status()).isEqualTo(201);
        return response.body().get("partyId").asString();
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
