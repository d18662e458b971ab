package org.trustledger.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.trustledger.application.port.in.RebuildProgress;
import tools.jackson.databind.JsonNode;

/**
 * A ledger recorded through the API, its read models snapshotted row by row, rebuilt from the event store, and
 * compared row by row; reads and writes go on while a rebuild runs, and what is written meanwhile is in the new
 * generation.
 */
abstract class RebuildContract {
    static final String MANAGER = "owner";
    static final String PASSWORD = "a password for the rebuild";
    static final Instant START = Instant.parse("2026-01-05T01:00:00Z");
    /** The serving generation, which staff read. */
    static final String SERVING = "(SELECT serving FROM read_model_generation)";

    static final List<String> TABLES = List.of(
            "SELECT * FROM party_view WHERE generation = " + SERVING + " ORDER BY party_id",
            "SELECT * FROM party_identity_key WHERE generation = " + SERVING + " ORDER BY identity_key, party_id",
            "SELECT * FROM trust_view WHERE generation = " + SERVING + " ORDER BY party_id",
            "SELECT * FROM person_appearance WHERE generation = " + SERVING
                    + " ORDER BY person_id, party_id, sequence, role");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MutableClock clock;

    @Autowired
    TrustRefresh trustRefresh;

    @Autowired
    Hold hold;

    /** The clock the product reads, moved by the tests; and a hold the rebuild meets when it starts catching up. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Fixtures {
        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock(START);
        }

        @Bean
        Hold hold() {
            return new Hold();
        }
    }

    /** Stops the rebuild, once armed, when it starts catching up, until the test lets it go on. */
    static final class Hold implements RebuildConfiguration.RebuildListener {
        final AtomicBoolean armed = new AtomicBoolean();
        volatile CountDownLatch reached = new CountDownLatch(1);
        volatile CountDownLatch released = new CountDownLatch(1);

        void arm() {
            reached = new CountDownLatch(1);
            released = new CountDownLatch(1);
            armed.set(true);
        }

        @Override
        public void accept(RebuildProgress progress) {
            if (progress.phase() == RebuildProgress.Phase.CATCHING_UP && armed.compareAndSet(true, false)) {
                reached.countDown();
                try {
                    released.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    Api manager() {
        return new Api(port, MANAGER, PASSWORD);
    }

    @Test
    void rebuiltReadModels_equalThoseBuiltLive_rowByRow_andAgainOnASecondRebuild() {
        Api api = manager();
        recordALedger(api, "一");
        assessEveryPartyNow();
        List<List<Map<String, Object>>> live = snapshot();
        assertThat(live.get(0)).hasSizeGreaterThanOrEqualTo(4);

        JsonNode first = rebuildAndWait(api);
        assertThat(first.get("state").asString()).isEqualTo("SUCCEEDED");
        long stored = jdbc.queryForObject("SELECT COUNT(*) FROM domain_event_entry", Long.class);
        assertThat(first.get("eventsDone").asLong()).isEqualTo(stored);
        assertThat(first.get("eventsTotal").asLong()).isEqualTo(stored);
        assertThat(first.get("partiesDone").asLong()).isEqualTo(live.get(0).size());
        // The rate needs a clock that moves; this one stands still while the rebuild runs (RebuildProgressTest).
        assertThat(first.get("estimatedSecondsLeft").asLong()).isZero();
        assertThat(first.get("finishedAt").isNull()).isFalse();
        assertThat(snapshot()).isEqualTo(live);

        // A second rebuild fills a third generation; only the serving one is kept.
        assertThat(rebuildAndWait(api).get("state").asString()).isEqualTo("SUCCEEDED");
        assertThat(snapshot()).isEqualTo(live);
        assertThat(jdbc.queryForList("SELECT DISTINCT generation FROM party_view", Long.class))
                .containsExactly(3L);

        // Commands write into the new generation.
        String party = live.get(0).getFirst().get("party_id").toString();
        int troubles = ((Number) live.get(0).getFirst().get("trouble_count")).intValue();
        assertThat(api.post("/api/v1/parties/" + party + "/troubles", """
                        {"category":"UNRESPONSIVE","severity":"MINOR","description":"折り返しなし"}""").status())
                .isEqualTo(201);
        assertThat(jdbc.queryForObject(
                        "SELECT trouble_count FROM party_view WHERE generation = " + SERVING + " AND party_id = ?",
                        Integer.class,
                        party))
                .isEqualTo(troubles + 1);
    }

    @Test
    void duringARebuild_readsWork_aSecondStartIsRefused_andAWriteMadeMeanwhileIsInTheSwappedTables() throws Exception {
        Api api = manager();
        String party = recordALedger(api, "二");
        assessEveryPartyNow();
        hold.arm();

        var started = api.post("/api/v1/admin/rebuilds", "");
        assertThat(started.status()).isEqualTo(202);
        assertThat(hold.reached.await(60, TimeUnit.SECONDS)).isTrue();
        try {
            assertThat(api.get("/api/v1/admin/rebuilds/latest")
                            .body()
                            .get("phase")
                            .asString())
                    .isEqualTo("CATCHING_UP");
            var second = api.post("/api/v1/admin/rebuilds", "");
            assertThat(second.status()).isEqualTo(409);
            assertThat(second.body().get("type").asString()).endsWith("/rebuild-running");

            assertThat(api.get("/api/v1/parties/" + party).status()).isEqualTo(200);
            assertThat(api.get("/api/v1/parties?q=" + URLEncoder.encode("ネクストライン二", StandardCharsets.UTF_8))
                            .body()
                            .get("total")
                            .asLong())
                    .isPositive();

            clock.advance(Duration.ofHours(1));
            assertThat(api.post("/api/v1/parties/" + party + "/troubles", """
                            {"category":"SCOPE_CREEP","severity":"MAJOR","description":"作業範囲が拡大"}""").status())
                    .isEqualTo(201);
            assertThat(api.post("/api/v1/parties", """
                            {"kind":"CUSTOMER","name":"再構築中商店","phones":["03-7777-0101"]}""").status()).isEqualTo(201);
        } finally {
            hold.released.countDown();
        }
        List<List<Map<String, Object>>> liveWithTheWrites = snapshot();

        JsonNode done = await(api, started.header("Location"));
        assertThat(done.get("state").asString()).isEqualTo("SUCCEEDED");
        assertThat(snapshot()).isEqualTo(liveWithTheWrites);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM party_view WHERE generation = " + SERVING + " AND name = '再構築中商店'",
                        Long.class))
                .isEqualTo(1);
    }

    /** The replay reads stored rows as the live store does: through the upcasters, with values as they were stored. */
    @Test
    void aPartyStoredInAnOlderShape_isRebuiltFromItsRowsAsWritten() {
        StoredHistoryRows.insertPartyBeforeStaffNotes(jdbc);
        String party = StoredHistoryRows.PARTY_BEFORE_STAFF_NOTES;

        JsonNode rebuilt = rebuildAndWait(manager());

        assertThat(rebuilt.get("state").asString()).isEqualTo("SUCCEEDED");
        assertThat(jdbc.queryForObject(
                        "SELECT trouble_count FROM party_view WHERE generation = " + SERVING + " AND party_id = ?",
                        Integer.class,
                        party))
                .isEqualTo(2);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM trust_view WHERE generation = " + SERVING + " AND party_id = ?",
                        Long.class,
                        party))
                .isEqualTo(1);
    }

    /**
     * Writers record troubles all through a rebuild, its catch-up and its switch: every write acknowledged is in the
     * read models it switched to, and each party's view and trust there are what a rebuild with no write racing it
     * makes of the same ledger.
     */
    @Test
    void writesRacingARebuild_areAllInTheGenerationItSwitchesTo() throws Exception {
        Api api = manager();
        List<String> parties = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            parties.add(id(api.post("/api/v1/parties", """
                    {"kind":"CUSTOMER","name":"競合書込%d商店","phones":["03-6000-00%02d"]}""".formatted(i, i))));
        }
        assessEveryPartyNow();
        Map<String, java.util.concurrent.atomic.AtomicInteger> acknowledged =
                new java.util.concurrent.ConcurrentHashMap<>();
        parties.forEach(p -> acknowledged.put(p, new java.util.concurrent.atomic.AtomicInteger()));
        AtomicBoolean rebuilt = new AtomicBoolean();
        java.util.concurrent.atomic.AtomicInteger attempts = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.ExecutorService writers = java.util.concurrent.Executors.newFixedThreadPool(3);
        List<java.util.concurrent.Future<?>> running = new java.util.ArrayList<>();
        hold.arm();
        var started = api.post("/api/v1/admin/rebuilds", "");
        assertThat(started.status()).isEqualTo(202);
        for (int w = 0; w < 3; w++) {
            int writer = w;
            running.add(writers.submit(() -> {
                Api own = manager();
                // Until the rebuild has ended and a few more, never more than a bounded number in all.
                int after = 0;
                for (int n = 0; attempts.incrementAndGet() <= 600 && after < 5; n++) {
                    String party = parties.get((writer + n) % parties.size());
                    var answer = own.post("/api/v1/parties/" + party + "/troubles", """
                            {"category":"UNRESPONSIVE","severity":"MINOR","description":"競合 %d-%d"}""".formatted(writer, n));
                    if (answer.status() == 201) {
                        acknowledged.get(party).incrementAndGet();
                    }
                    if (rebuilt.get()) {
                        after++;
                    }
                }
            }));
        }
        assertThat(hold.reached.await(60, TimeUnit.SECONDS)).isTrue();
        // Writes pile up while the rebuild waits to catch up, and go on through its catch-up and switch.
        org.awaitility.Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .until(() -> acknowledged.values().stream()
                                .mapToInt(java.util.concurrent.atomic.AtomicInteger::get)
                                .sum()
                        >= 30);
        hold.released.countDown();
        JsonNode done = await(api, started.header("Location"));
        rebuilt.set(true);
        for (var writer : running) {
            writer.get(120, TimeUnit.SECONDS);
        }
        writers.shutdown();
        assertThat(done.get("state").asString()).isEqualTo("SUCCEEDED");

        for (String party : parties) {
            assertThat(jdbc.queryForObject(
                            "SELECT trouble_count FROM party_view WHERE generation = " + SERVING + " AND party_id = ?",
                            Integer.class,
                            party))
                    .as("troubles of %s", party)
                    .isEqualTo(acknowledged.get(party).get());
            assertThat(api.get("/api/v1/parties/" + party).status()).isEqualTo(200);
        }
        List<List<Map<String, Object>>> afterTheRace = snapshot();
        assertThat(rebuildAndWait(api).get("state").asString()).isEqualTo("SUCCEEDED");
        assertThat(afterTheRace).isEqualTo(snapshot());
    }

    @Test
    void staff_mayNotStartARebuild() {
        Api api = manager();
        assertThat(api.post("/api/v1/accounts", """
                        {"username":"kenji","password":"a long staff password","role":"STAFF"}""").status()).isEqualTo(201);

        Api staff = new Api(port, "kenji", "a long staff password");
        assertThat(staff.post("/api/v1/admin/rebuilds", "").status()).isEqualTo(403);
        assertThat(staff.get("/api/v1/admin/rebuilds/latest").status()).isEqualTo(403);
    }

    /** What the hourly refresh does, as of the clock, so live statuses are assessed as of the instant a rebuild uses. */
    private void assessEveryPartyNow() {
        assertThat(trustRefresh.run()).isPositive();
    }

    private JsonNode rebuildAndWait(Api api) {
        var started = api.post("/api/v1/admin/rebuilds", "");
        assertThat(started.status()).isEqualTo(202);
        assertThat(started.header("Location")).startsWith("/api/v1/admin/rebuilds/");
        return await(api, started.header("Location"));
    }

    private static JsonNode await(Api api, String location) {
        return org.awaitility.Awaitility.await()
                .atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofMillis(100))
                .until(
                        () -> api.get(location).body(),
                        body -> !body.get("state").asString().equals("RUNNING"));
    }

    /** The serving generation's rows, without the generation's number, which each rebuild moves on. */
    private List<List<Map<String, Object>>> snapshot() {
        // Spring's rows find a column whatever its case, as H2 upper-cases names.
        return TABLES.stream()
                .map(sql -> jdbc.queryForList(sql).stream()
                        .map(row -> {
                            Map<String, Object> copy = new org.springframework.util.LinkedCaseInsensitiveMap<>();
                            copy.putAll(row);
                            copy.keySet().removeIf(column -> column.equalsIgnoreCase("generation"));
                            return copy;
                        })
                        .toList())
                .toList();
    }

    /**
     * Parties that share a phone and a building, troubles, a settled shortfall, a caller, an amendment that renames a
     * party, a retracted trouble, terminations, a confirmed rename and a reinstatement; a day apart each. Answers the
     * reseller's id.
     */
    private String recordALedger(Api api, String tag) {
        String reseller = id(api.post("/api/v1/parties", """
                {"kind":"RESELLER","name":"株式会社ネクストライン%1$s","phones":["03-1234-56%2$s"],
                 "address":"東京都新宿区西新宿一丁目2番3号 サンライズ%1$sビル5階","representative":"山田 太郎",
                 "bankAccount":{"bank":"みずほ銀行","branch":"新宿支店","type":"ORDINARY","number":"12345%2$s"}}""".formatted(tag, tag.equals("一") ? "71" : "72")));
        String customer = id(api.post("/api/v1/parties", """
                {"kind":"CUSTOMER","name":"佐藤商店%s","phones":["03-5555-00%s"]}""".formatted(tag, tag.equals("一") ? "01" : "02")));
        String party = "/api/v1/parties/" + reseller;
        record(api, party + "/troubles", """
                {"category":"WRONG_PLAN","severity":"SEVERE","description":"戸建てプランで契約"}""");
        record(api, party + "/troubles", """
                {"category":"DOCUMENTS_MISSING","severity":"MAJOR","description":"書類未着"}""");
        record(api, party + "/payment-shortfalls", """
                {"invoiceRef":"INV-%s","invoicedYen":11000,"paidYen":10560,"reason":"BANK_FEE_DEDUCTED"}""".formatted(tag));
        record(api, party + "/settlements", """
                {"invoiceRef":"INV-%s","paidYen":440}""".formatted(tag));
        record(api, party + "/callers", """
                {"name":"鈴木 一郎","fullNameGiven":true,"role":"営業","phone":"090-1111-22%s"}""".formatted(tag.equals("一") ? "31" : "32"));
        record(api, party + "/requests", """
                {"channel":"PHONE","onBehalfOfCustomer":true,"summary":"代理訪問","answer":"REFUSED",
                 "reasons":["代理店からの代理依頼"]}""");

        String shop = "/api/v1/parties/" + customer;
        clock.advance(Duration.ofDays(1));
        assertThat(api.put(shop, """
                        {"kind":"CUSTOMER","name":"佐藤商店%s株式会社","phones":["03-5555-00%s","03-5555-09%s"],
                         "address":"東京都中野区中野4-1-1"}""".formatted(tag, tag.equals("一") ? "01" : "02", tag.equals("一") ? "01" : "02"))
                        .status())
                .isEqualTo(200);
        long mistaken = record(api, shop + "/troubles", """
                {"category":"DATA_ERROR","severity":"MINOR","description":"別の客の件"}""");
        record(api, shop + "/retractions", """
                {"sequence":%d,"reason":"別の取引先の件として記録していた"}""".formatted(mistaken));
        record(api, shop + "/payment-shortfalls", """
                {"invoiceRef":"請求書No.%s","invoicedYen":33000,"paidYen":0,"reason":"UNPAID"}""".formatted(tag));

        record(api, party + "/termination", """
                {"reason":"トラブル多発"}""");
        String renamed = id(api.post("/api/v1/parties", """
                {"kind":"RESELLER","name":"ネクストライン%1$s東京株式会社","phones":["03-1234-56%2$s"],
                 "address":"東京都新宿区西新宿1-2-3 サンライズ%1$sビル5F"}""".formatted(tag, tag.equals("一") ? "71" : "72")));
        String lookalike = id(api.post("/api/v1/parties", """
                {"kind":"RESELLER","name":"サンライズ%1$s通信","phones":["03-8888-00%2$s"],
                 "address":"東京都新宿区西新宿1-2-3 サンライズ%1$sビル7F","representative":"山田 太郎"}""".formatted(tag, tag.equals("一") ? "01" : "02")));
        record(api, "/api/v1/parties/" + renamed + "/link-reviews", """
                {"linkedPartyId":"%s","confirmed":true,"reason":"同じ電話番号と住所"}""".formatted(reseller));
        record(api, "/api/v1/parties/" + lookalike + "/termination", """
                {"reason":"勧誘の苦情"}""");
        record(api, "/api/v1/parties/" + lookalike + "/reinstatement", """
                {"reason":"改善を確認"}""");
        clock.advance(Duration.ofDays(1));
        return reseller;
    }

    /** Records one entry a day after the last, and answers its sequence. */
    private long record(Api api, String path, String json) {
        clock.advance(Duration.ofDays(1));
        var response = api.post(path, json);
        assertThat(response.status())
                .as("%s answered %s", path, response.body())
                .isEqualTo(201);
        return response.body().get("sequence").asLong();
    }

    private String id(Api.Response response) {
        clock.advance(Duration.ofDays(1));
        assertThat(response.status())
                .as("registration answered %s", response.body())
                .isEqualTo(201);
        return response.body().get("partyId").asString();
    }
}
