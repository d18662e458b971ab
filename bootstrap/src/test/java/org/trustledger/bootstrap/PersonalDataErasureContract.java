package org.trustledger.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * A private customer asks to be erased: registered, called about, in trouble, terminated and exported, then erased; no
 * trace of their details is left in any answer, export, log line, the people index and their disclosure, or (after the
 * database is compacted) database file, while every seal still verifies and the party's trust history stays as it was;
 * the people search no longer finds them. A reseller's salesperson asks the same: erased on every reseller they called
 * for, while the resellers, their other callers and their trust stay as they were.
 */
@ExtendWith(OutputCaptureExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class PersonalDataErasureContract {
    static final String USER = "manager";
    static final String PASSWORD = "correct horse battery staple";
    private static final String NAME = "鷺沼 千景";
    private static final String PHONE = "090-8765-4321";
    private static final String ADDRESS = "東京都杉並区阿佐谷北九丁目8番7号";
    private static final String EMAIL = "chikage.saginuma@example.jp";
    private static final String CORRECTED_ADDRESS = "東京都杉並区阿佐谷北九丁目8番6号";
    private static final String SALESPERSON = "猪狩 颯真";
    private static final String SALESPERSON_PHONE = "080-3141-5926";
    /** Pieces of the salesperson's name and number, as any store or answer might hold them. */
    private static final List<String> SALESPERSON_PLAINTEXT = List.of("猪狩", "颯真", "8031415926", "3141-5926");
    /**
     * Pieces of the erased people's details — the private customer's and the salesperson's — as any store or answer
     * might hold them.
     */
    private static final List<String> PLAINTEXT = Stream.concat(
                    Stream.of("鷺沼", "千景", "9087654321", "8765-4321", "阿佐谷北", "saginuma"),
                    SALESPERSON_PLAINTEXT.stream())
            .toList();

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    /** The database's files, with every committed write in them. */
    abstract Path flushedFiles();

    /** The database's files after the compaction an erasure asks of the operator; the database may be gone after. */
    abstract Path compactedFiles();

    /** Before the test below, which ends by compacting the database, and the embedded one with it. */
    @Test
    @Order(1)
    void anErasureThatDiedOnceTheKeyWasDestroyed_isCompletedByARetry_andLeavesNoIndexKeyOfTheParty() {
        Api api = new Api(port, USER, PASSWORD);
        var created = api.post("/api/v1/parties", """
                {"kind":"CUSTOMER","name":"潮見 遥","phones":["080-2468-1357"],"address":"千葉県船橋市本町七丁目1番1号"}""");
        assertThat(created.status()).isEqualTo(201);
        String id = created.body().get("partyId").asString();
        assertThat(api.post("/api/v1/parties/" + id + "/callers", """
                        {"name":"潮見 遥","fullNameGiven":true,"role":"本人","phone":"070-1357-2468"}""").status()).isEqualTo(201);
        assertThat(indexKeysOf(id)).isPositive();

        // What a node that died right after the first step of an erasure leaves: the key destroyed, nothing else.
        jdbc.update("UPDATE person_key SET wrapped_key = NULL, erased_at = CURRENT_TIMESTAMP WHERE person_id = ?", id);
        var erased = api.post("/api/v1/people/" + id + "/erasure", "{\"reason\":\"本人からの消去の請求\"}");

        assertThat(erased.status()).isEqualTo(201);
        assertThat(indexKeysOf(id)).isZero();
    }

    private long indexKeysOf(String party) {
        return jdbc.queryForObject("SELECT count(*) FROM party_identity_key WHERE party_id = ?", Long.class, party);
    }

    @Test
    @Order(2)
    void aResellersSalesperson_isErasedOnEveryResellerTheyCalledFor_whileTheResellersStayAsTheyWere(
            CapturedOutput output) {
        Api api = new Api(port, USER, PASSWORD);
        String first = api.post("/api/v1/parties", """
                        {"kind":"RESELLER","name":"株式会社ひかり代行","phones":["03-5555-0101"],"representative":"蔵元 巌"}""").body().get("partyId").asString();
        String second = api.post("/api/v1/parties", """
                        {"kind":"RESELLER","name":"合同会社光ネクスト","phones":["03-5555-0202"]}""").body().get("partyId").asString();
        recorded(api, "/api/v1/parties/" + first + "/callers", """
                {"name":"%s","fullNameGiven":true,"role":"営業","phone":"%s"}""".formatted(SALESPERSON, SALESPERSON_PHONE));
        recorded(api, "/api/v1/parties/" + first + "/callers", """
                {"name":"別所 一","fullNameGiven":true,"role":"営業","phone":"080-2718-2818"}""");
        // The same salesperson, written another way, calling for the second reseller.
        recorded(api, "/api/v1/parties/" + second + "/callers", """
                {"name":"猪狩颯真","fullNameGiven":true,"role":"営業","phone":"08031415926"}""");
        recorded(api, "/api/v1/parties/" + first + "/troubles", """
                {"category":"WRONG_PLAN","severity":"SEVERE","description":"説明と違うプラン"}""");
        recorded(api, "/api/v1/parties/" + first + "/termination", """
                {"reason":"代理店経由の依頼はお断り"}""");
        List<String> found = peopleFound(api, SALESPERSON_PHONE);
        assertThat(found).as("one person on both resellers").hasSize(1);
        String salesperson = found.getFirst();
        // The salesperson asks the first reseller's contact at the shop to have their data erased.
        long request = api.post("/api/v1/people/" + first + "/requests", """
                        {"kind":"ERASURE","channel":"PHONE"}""")
                .body()
                .get("sequence")
                .asLong();
        JsonNode firstBefore = api.get("/api/v1/parties/" + first).body();
        List<String> trustBefore = trustHistory(api.history(first));
        assertThat(screenedBy(api, SALESPERSON_PHONE)).contains(first, second);
        assertThat(api.get("/api/v1/people/" + salesperson + "/disclosure")
                        .body()
                        .toString())
                .contains(SALESPERSON);

        var unsaid = api.post("/api/v1/people/" + salesperson + "/erasure", """
                {"reason":"本人からの消去の請求","requestSequence":%d}""".formatted(request));
        assertThat(unsaid.status()).isEqualTo(400);
        assertThat(unsaid.body().toString()).contains("partyId");
        var erased = api.post("/api/v1/people/" + salesperson + "/erasure", """
                {"reason":"本人からの消去の請求","requestSequence":%d,"partyId":"%s"}""".formatted(request, first));

        assertThat(erased.status()).isEqualTo(201);
        assertThat(erased.body().get("personId").asString()).isEqualTo(salesperson);
        assertThat(erased.body().get("partyId").asString()).isEqualTo(first);
        assertThat(erased.body().get("entries").findValuesAsString("partyId")).containsExactlyInAnyOrder(first, second);
        assertThat(erased.body().get("complete").asBoolean()).isTrue();
        List<JsonNode> history = api.history(first);
        assertThat(trustHistory(history.subList(0, history.size() - 1))).isEqualTo(trustBefore);
        assertThat(history.getLast().path("data").path("person").asString()).isEqualTo(salesperson);
        assertThat(history.getLast().path("data").path("request").asLong()).isEqualTo(request);
        JsonNode firstAfter = api.get("/api/v1/parties/" + first).body();
        for (String field : List.of("name", "kind", "status", "terminated", "troubleCount", "representative")) {
            assertThat(firstAfter.get(field)).as(field).isEqualTo(firstBefore.get(field));
        }
        assertThat(history.toString()).contains("別所 一", "消去済み");
        assertThat(screenedBy(api, SALESPERSON_PHONE)).doesNotContain(first, second);
        assertThat(peopleFound(api, SALESPERSON_PHONE)).isEmpty();
        assertThat(peopleFound(api, "猪狩")).isEmpty();
        assertThat(peopleFound(api, "別所")).hasSize(1);
        assertThat(api.get("/api/v1/people/" + salesperson + "/disclosure").status())
                .isEqualTo(404);
        assertThat(api.post("/api/v1/people/" + salesperson + "/erasure", "{\"reason\":\"再度\"}")
                        .status())
                .isEqualTo(409);

        List<String> answers = new ArrayList<>();
        answers.add(history.toString());
        answers.add(api.history(second).toString());
        answers.add(api.text("/api/v1/parties/" + first + "/export?format=csv").body());
        answers.add(api.text("/api/v1/export/ledger?format=jsonl").body());
        answers.add(api.signedInPage("/parties/" + first, "ja"));
        assertThat(answers)
                .allSatisfy(answer -> assertThat(SALESPERSON_PLAINTEXT).noneMatch(answer::contains));

        // Rebuilt from the events alone, the read side holds no more of the salesperson, and the colleague still.
        assertThat(api.post("/api/v1/admin/rebuilds", "").status()).isEqualTo(202);
        assertThat(api.rebuildEnded()).isEqualTo("SUCCEEDED");
        assertThat(peopleFound(api, "猪狩")).isEmpty();
        assertThat(peopleFound(api, "別所")).hasSize(1);
        assertThat(screenedBy(api, SALESPERSON_PHONE)).doesNotContain(first, second);
        assertThat(api.get("/api/v1/parties/" + first + "/integrity")
                        .body()
                        .get("valid")
                        .asBoolean())
                .isTrue();
        assertThat(SALESPERSON_PLAINTEXT).noneMatch(output.getAll()::contains);
    }

    @Test
    @Order(3)
    void anErasedPerson_isFoundNowhere_whileSealsVerify_andTheirTrustHistoryStands(CapturedOutput output) {
        Api api = new Api(port, USER, PASSWORD);
        var created = api.post("/api/v1/parties", """
                {"kind":"CUSTOMER","name":"%s","phones":["%s"],"address":"%s","emails":["%s"]}""".formatted(NAME, PHONE, ADDRESS, EMAIL));
        assertThat(created.status()).isEqualTo(201);
        String id = created.body().get("partyId").asString();
        String party = "/api/v1/parties/" + id;
        assertThat(api.post(party + "/callers", """
                        {"name":"%s","fullNameGiven":true,"role":"本人","phone":"%s"}""".formatted(NAME, PHONE)).status())
                .isEqualTo(201);
        assertThat(api.post(party + "/troubles", """
                        {"category":"WRONG_PLAN","severity":"SEVERE","description":"説明と違う契約"}""").status()).isEqualTo(201);
        assertThat(api.post(party + "/termination", "{\"reason\":\"トラブル多発\"}").status())
                .isEqualTo(201);
        // The person asks to see their data, which the shop refuses, then to have it erased, which the erasure answers.
        String person = "/api/v1/people/" + id;
        long disclosure =
                api.post(person + "/requests", """
                        {"kind":"DISCLOSURE","channel":"PHONE"}""").body().get("sequence").asLong();
        assertThat(api.post(person + "/requests/" + disclosure + "/refusal", """
                        {"reason":"同じ手口の再発防止のため保持する"}""")
                        .status())
                .isEqualTo(201);
        assertThat(api.post(person + "/requests/" + disclosure + "/refusal", """
                        {"reason":"再度"}""")
                        .status())
                .isEqualTo(409);
        // Then to have their address corrected, which the shop does and records as answered.
        long correction =
                api.post(person + "/requests", """
                        {"kind":"CORRECTION","channel":"PHONE"}""").body().get("sequence").asLong();
        assertThat(api.put(party, """
                        {"kind":"CUSTOMER","name":"%s","phones":["%s"],"address":"%s","emails":["%s"]}""".formatted(NAME, PHONE, CORRECTED_ADDRESS, EMAIL))
                        .status())
                .isEqualTo(200);
        assertThat(api.post(person + "/requests/" + correction + "/answer", """
                        {"note":"電話で訂正内容を確認"}""").status())
                .isEqualTo(201);
        assertThat(api.post(person + "/requests/" + correction + "/answer", "").status())
                .isEqualTo(409);
        long erasureRequest =
                api.post(person + "/requests", """
                        {"kind":"ERASURE","channel":"EMAIL","receivedOn":"2026-01-05"}""").body().get("sequence").asLong();
        String exportedBefore = api.text(party + "/export?format=jsonl").body();
        assertThat(exportedBefore).contains(NAME);
        JsonNode before = api.get(party).body();
        List<String> historyBefore = trustHistory(api.history(id));
        assertThat(screenedByPhone(api)).contains(id);
        assertThat(peopleFound(api, "鷺沼")).contains(id);
        assertThat(peopleFound(api, PHONE)).contains(id);
        assertThat(api.get("/api/v1/people/" + id + "/disclosure").body().toString())
                .contains(NAME);
        assertThat(api.get(party + "/integrity").body().get("valid").asBoolean())
                .isTrue();
        // The scan below finds the details while they are stored in plaintext: its silence afterwards means something.
        assertThat(plaintextIn(flushedFiles())).isNotEmpty();

        var erased = api.post(person + "/erasure", """
                {"reason":"本人からの消去の請求","requestSequence":%d}""".formatted(erasureRequest));

        assertThat(erased.status()).isEqualTo(201);
        assertThat(erased.body().get("complete").asBoolean()).isTrue();
        assertThat(erased.body().get("entriesInPlaintext").asInt()).isZero();
        JsonNode after = api.get(party).body();
        assertThat(after.get("name").asString()).isEqualTo("消去済み");
        for (String field : List.of("kind", "status", "terminated", "troubleCount", "outstandingYen")) {
            assertThat(after.get(field)).as(field).isEqualTo(before.get(field));
        }
        List<JsonNode> history = api.history(id);
        assertThat(trustHistory(history.subList(0, history.size() - 1))).isEqualTo(historyBefore);
        assertThat(history.getLast().get("type").asString()).isEqualTo("PersonalDataErased");
        assertThat(history.getLast().path("data").path("request").asLong()).isEqualTo(erasureRequest);
        assertThat(history)
                .filteredOn(entry -> entry.get("type").asString().equals("PersonalDataRequestAnswered"))
                .singleElement()
                .satisfies(answer ->
                        assertThat(answer.path("data").path("request").asLong()).isEqualTo(correction));
        assertThat(history)
                .filteredOn(entry -> entry.get("type").asString().equals("PersonalDataRequestRefused"))
                .singleElement()
                .satisfies(refusal -> assertThat(
                                refusal.path("data").path("request").asLong())
                        .isEqualTo(disclosure));
        assertThat(screenedByPhone(api)).doesNotContain(id);

        // Asked again, as after a lost answer: the same erasure, and nothing more in the ledger.
        var again = api.post("/api/v1/people/" + id + "/erasure", "{\"reason\":\"再度の請求\"}");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body().get("sequence")).isEqualTo(erased.body().get("sequence"));
        assertThat(again.body().get("erasedAt")).isEqualTo(erased.body().get("erasedAt"));
        assertThat(api.history(id)).hasSameSizeAs(history);

        // The people search finds them no more, and their disclosure says they were erased, naming nothing.
        assertThat(peopleFound(api, "鷺沼")).doesNotContain(id);
        assertThat(peopleFound(api, PHONE)).isEmpty();
        var disclosed = api.get("/api/v1/people/" + id + "/disclosure");
        assertThat(disclosed.status()).isEqualTo(200);
        // As the database keeps it, to the microsecond (H2 truncates, PostgreSQL rounds).
        assertThat(java.time.Instant.parse(disclosed.body().get("erasedAt").asString()))
                .isCloseTo(
                        java.time.Instant.parse(erased.body().get("erasedAt").asString()),
                        org.assertj.core.api.Assertions.within(1, java.time.temporal.ChronoUnit.MICROS));

        List<String> answers = new ArrayList<>();
        answers.add(after.toString());
        answers.add(history.toString());
        answers.add(api.get("/api/v1/parties?q=" + java.net.URLEncoder.encode("鷺沼", StandardCharsets.UTF_8))
                .body()
                .toString());
        answers.add(api.get("/api/v1/parties?kind=CUSTOMER").body().toString());
        answers.add(disclosed.body().toString());
        answers.add(api.get("/api/v1/people?q=" + java.net.URLEncoder.encode("鷺沼", StandardCharsets.UTF_8))
                .body()
                .toString());
        answers.add(api.get(party + "?asOf=2099-12-31").body().toString());
        answers.add(api.text(party + "/export?format=jsonl").body());
        answers.add(api.text(party + "/export?format=csv").body());
        answers.add(api.text("/api/v1/export/ledger?format=jsonl").body());
        answers.add(api.text("/api/v1/export/ledger?format=csv").body());
        assertThat(answers).allSatisfy(answer -> assertThat(PLAINTEXT).noneMatch(answer::contains));
        assertThat(api.text(party + "/export?format=jsonl").body()).contains("消去済み");
        // The dashboard words the erased values in the reader's language, and shows none of the former ones.
        String japanese = api.signedInPage("/parties/" + id, "ja");
        String english = api.signedInPage("/parties/" + id, "en");
        assertThat(japanese).contains("<h1 id=\"party-name\">消去済み</h1>", "id=\"person-erased\"");
        assertThat(english).contains("<h1 id=\"party-name\">Erased</h1>").doesNotContain("消去済み");
        assertThat(PLAINTEXT).noneMatch(japanese::contains).noneMatch(english::contains);

        // What the erasure itself left in the read side, before a rebuild or a compaction could tidy it away.
        List<String> rows = new ArrayList<>();
        for (String table : List.of("party_view", "party_identity_key", "trust_view", "contact_log")) {
            String column = table.equals("contact_log") ? "recorded_on" : "party_id";
            jdbc.queryForList("SELECT * FROM " + table + " WHERE " + column + " = ?", id)
                    .forEach(row -> rows.add(table + " " + row.values()));
        }
        rows.add("snapshots "
                + jdbc.queryForObject(
                        "SELECT count(*) FROM snapshot_event_entry WHERE aggregate_identifier = ?", Long.class, id));
        assertThat(rows).isNotEmpty().allSatisfy(row -> assertThat(PLAINTEXT).noneMatch(row::contains));
        assertThat(peopleRows(id)).isEmpty();

        // The read models rebuilt from the events alone hold no more of the person than before.
        assertThat(api.post("/api/v1/admin/rebuilds", "").status()).isEqualTo(202);
        assertThat(api.rebuildEnded()).isEqualTo("SUCCEEDED");
        JsonNode rebuilt = api.get(party).body();
        assertThat(rebuilt.get("name").asString()).isEqualTo("消去済み");
        assertThat(rebuilt.get("status")).isEqualTo(before.get("status"));
        String found = api.get("/api/v1/parties?q=" + java.net.URLEncoder.encode("鷺沼", StandardCharsets.UTF_8))
                .body()
                .toString();
        assertThat(PLAINTEXT).noneMatch(found::contains);
        assertThat(screenedByPhone(api)).doesNotContain(id);
        assertThat(peopleFound(api, "鷺沼")).doesNotContain(id);
        assertThat(peopleFound(api, PHONE)).isEmpty();
        assertThat(peopleRows(id)).isEmpty();
        String disclosedAfterRebuild =
                api.get("/api/v1/people/" + id + "/disclosure").body().toString();
        assertThat(PLAINTEXT).noneMatch(disclosedAfterRebuild::contains);

        assertThat(api.get(party + "/integrity").body().get("valid").asBoolean())
                .isTrue();
        assertThat(api.post("/api/v1/admin/integrity-checks", "{}")
                        .body()
                        .get("valid")
                        .asBoolean())
                .isTrue();
        assertThat(PLAINTEXT).noneMatch(output.getAll()::contains);

        assertThat(plaintextIn(compactedFiles())).isEmpty();
    }

    private static void recorded(Api api, String path, String body) {
        assertThat(api.post(path, body).status()).as(path + " " + body).isEqualTo(201);
    }

    /** Each entry's type, trust status after it and whether it still counts: what erasure must leave as it was. */
    private static List<String> trustHistory(List<JsonNode> history) {
        return history.stream()
                .map(entry ->
                        entry.get("sequence").asLong() + " " + entry.get("type").asString() + " "
                                + entry.path("statusAfter").asString("") + " "
                                + entry.path("retracted").asString(""))
                .toList();
    }

    /** The ids of the people a search finds. */
    private static List<String> peopleFound(Api api, String q) {
        var found = api.get("/api/v1/people?q=" + java.net.URLEncoder.encode(q, StandardCharsets.UTF_8));
        assertThat(found.status()).isEqualTo(200);
        return found.body().get("items").findValuesAsString("personId");
    }

    /** What the people index holds of the party's entries, in any generation. */
    private List<String> peopleRows(String party) {
        return jdbc.queryForList("SELECT * FROM person_appearance WHERE party_id = ?", party).stream()
                .map(row -> row.values().toString())
                .toList();
    }

    private static String screenedByPhone(Api api) {
        return screenedBy(api, PHONE);
    }

    private static String screenedBy(Api api, String phone) {
        return api.post("/api/v1/screenings", """
                        {"phone":"%s","requesterKind":"CUSTOMER","onBehalfOfCustomer":false}""".formatted(phone))
                .body()
                .path("matches")
                .toString();
    }

    /** Every file under the directory that holds a piece of the person's details, with the piece. */
    static List<String> plaintextIn(Path directory) {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                byte[] bytes = Files.readAllBytes(file);
                for (String piece : PLAINTEXT) {
                    if (indexOf(bytes, piece.getBytes(StandardCharsets.UTF_8)) >= 0) {
                        found.add(file.getFileName() + ": " + piece);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
