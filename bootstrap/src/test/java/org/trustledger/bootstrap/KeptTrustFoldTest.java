package org.trustledger.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.trustledger.application.axon.AxonPartyFolds;
import org.trustledger.application.port.in.TrustQuery;
import org.trustledger.application.port.out.PartyFolds.FoldedParty;
import org.trustledger.application.port.out.PartyHistories;
import org.trustledger.domain.party.PartyId;
import org.trustledger.domain.trust.TrustPolicy;

/**
 * The core keeps one fold of each party in its snapshot: a status read answers as the trust policy folding the whole
 * history from scratch, and once a snapshot exists the fold is had from it and the events after it without reading
 * the history — also right after a retraction, which is folded again once, into a snapshot of its own.
 */
class KeptTrustFoldTest {
    @TempDir
    Path dataDir;

    @Test
    void theKeptFoldAnswersAsTheWholeHistory_andNeedsNoHistoryOnceSnapshotted() {
        try (var app = start()) {
            Api api = new Api(((WebServerApplicationContext) app).getWebServer().getPort(), "owner", "pw");
            String id = api.post("/api/v1/parties", "{\"kind\":\"RESELLER\",\"name\":\"折り畳み回線株式会社\"}")
                    .body()
                    .get("partyId")
                    .asString();
            String party = "/api/v1/parties/" + id;
            PartyId partyId = new PartyId(UUID.fromString(id));
            List<Supplier<Integer>> steps = List.of(
                    () -> api.post(party + "/requests", """
                                    {"channel":"PHONE","onBehalfOfCustomer":false,"summary":"ルーター設定",
                                     "answer":"ACCEPTED","reasons":[]}""").status(),
                    () -> api.post(party + "/callers", "{\"name\":\"担当\",\"fullNameGiven\":false}")
                            .status(),
                    () -> api.post(party + "/troubles", """
                                    {"category":"WRONG_PLAN","severity":"MAJOR","description":"戸建てプランで契約",
                                     "occurredOn":"2026-01-05"}""").status(),
                    () -> api.post(party + "/payment-shortfalls", """
                                    {"invoiceRef":"INV-1","invoicedYen":11000,"paidYen":10000,"reason":"UNPAID"}""").status(),
                    () -> api.post(party + "/troubles", """
                                    {"category":"UNRESPONSIVE","severity":"SEVERE","description":"連絡がつかない"}""").status(),
                    () -> api.post(party + "/callers", "{\"name\":\"別の担当\",\"fullNameGiven\":false}")
                            .status(),
                    () -> api.post(party + "/payment-shortfalls/INV-1/settlement", "{\"paidYen\":1000}")
                            .status(),
                    () -> api.post(party + "/troubles", """
                                    {"category":"DATA_ERROR","severity":"MINOR","description":"住所の誤記"}""").status(),
                    () -> api.post(party + "/retractions", "{\"sequence\":6,\"reason\":\"別の業者の記録\"}")
                            .status(),
                    () -> api.post(party + "/callers", "{\"name\":\"三人目\",\"fullNameGiven\":false}")
                            .status(),
                    () -> api.post(party + "/termination", "{\"reason\":\"取引停止\"}")
                            .status(),
                    () -> api.post(party + "/reinstatement", "{\"reason\":\"改善を確認\"}")
                            .status());

            TrustQuery trust = app.getBean(TrustQuery.class);
            TrustPolicy policy = app.getBean(TrustPolicy.class);
            PartyHistories histories = app.getBean(PartyHistories.class);
            PartyHistories noHistory = p -> {
                throw new AssertionError("the history of " + p + " was read");
            };
            AxonPartyFolds fromSnapshots =
                    new AxonPartyFolds(app.getBean(EventStore.class), noHistory, policy.settings());
            for (int step = 0; step < steps.size(); step++) {
                assertThat(steps.get(step).get()).as("step %d", step).isEqualTo(201);
                Instant now = Instant.now();
                var expected = policy.assess(histories.of(partyId), now);
                assertThat(trust.assess(partyId, now)).as("after step %d", step).isEqualTo(expected);
                if (step >= 4) {
                    // Snapshots every 3 events, and one at once after the retraction: at most 2 events after it.
                    FoldedParty folded = fromSnapshots.current(partyId).orElseThrow();
                    assertThat(folded.trust().assess(policy, folded.state(), now, List.of()))
                            .as("from the snapshot after step %d", step)
                            .isEqualTo(expected);
                }
            }
        }
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
