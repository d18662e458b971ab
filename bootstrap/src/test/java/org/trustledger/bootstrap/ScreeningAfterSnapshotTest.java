package org.trustledger.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Screening reads a party's kept fold, which a snapshot restores without the entries before it: a reseller that moved
 * and changed its number long ago, with many entries since, is still found by its old number, floor and salesperson's
 * mobile, with the evidence saying they are former details.
 */
class ScreeningAfterSnapshotTest {
    @TempDir
    Path dataDir;

    @Test
    void formerDetailsAndCallersNumbers_areStillScreened_afterTheSnapshot() {
        try (var app = start()) {
            Api api = new Api(((WebServerApplicationContext) app).getWebServer().getPort(), "owner", "pw");
            var created = api.post("/api/v1/parties", """
                    {"kind":"RESELLER","name":"株式会社北一コネクト","phones":["011-222-3301"],
                     "address":"北海道札幌市中央区北一条西四丁目2番 北一ビル6階"}""");
            assertThat(created.status()).isEqualTo(201);
            String id = created.body().get("partyId").asString();
            String party = "/api/v1/parties/" + id;
            assertThat(api.post(party + "/callers", """
                            {"name":"加藤 大輔","fullNameGiven":true,"phone":"080-1212-3434"}""").status()).isEqualTo(201);
            assertThat(api.put(party, """
                            {"kind":"RESELLER","name":"株式会社北一コネクト","phones":["011-555-7788"],
                             "address":"北海道札幌市北区北七条西二丁目8番 北七ビル3階"}""").status()).isEqualTo(200);
            // Enough entries after the amendment for snapshots to be taken past it (every 3 events here).
            for (int i = 0; i < 8; i++) {
                assertThat(api.post(party + "/requests", """
                                {"channel":"PHONE","onBehalfOfCustomer":false,"summary":"ルーター設定",
                                 "answer":"ACCEPTED","reasons":[]}""").status()).isEqualTo(201);
            }
            assertThat(api.post(party + "/termination", "{\"reason\":\"代理店の勧誘トラブル\"}")
                            .status())
                    .isEqualTo(201);

            var oldNumber = screen(api, """
                    {"companyName":"株式会社ノースライン","phone":"011-222-3301","requesterKind":"RESELLER",
                     "onBehalfOfCustomer":false}""");
            assertThat(oldNumber.status()).isEqualTo(200);
            assertThat(oldNumber.body().get("verdict").asString()).isEqualTo("REFUSE");
            assertThat(oldNumber.body().get("matches").get(0).get("partyId").asString())
                    .isEqualTo(id);
            assertThat(oldNumber.body().get("matches").get(0).toString()).contains("以前の電話番号（2026-");

            var oldFloor = screen(api, """
                    {"companyName":"株式会社ノースライン","address":"札幌市中央区北一条西4-2 北一ビル６階",
                     "requesterKind":"RESELLER","onBehalfOfCustomer":false}""");
            assertThat(oldFloor.status()).isEqualTo(200);
            assertThat(oldFloor.body().get("matches").get(0).toString()).contains("以前の住所（2026-");

            var salesperson = screen(api, """
                    {"companyName":"株式会社ノースライン","phone":"08012123434","requesterKind":"RESELLER",
                     "onBehalfOfCustomer":false}""");
            assertThat(salesperson.status()).isEqualTo(200);
            assertThat(salesperson.body().get("verdict").asString()).isEqualTo("REFUSE");
            assertThat(salesperson.body().get("matches").get(0).get("partyId").asString())
                    .isEqualTo(id);
        }
    }

    private static Api.Response screen(Api api, String body) {
        return api.post("/api/v1/screenings", body, "Accept-Language", "ja");
    }

    private ConfigurableApplicationContext start() {
        return SpringApplication.run(
                TrustLedgerApplication.class,
                "--server.port=0",
                "--trustledger.data-dir=" + dataDir,
                "--trustledger.snapshot-every=3",
                "--trustledger.admin.username=owner",
                "--trustledger.admin.password=pw");
    }
}
