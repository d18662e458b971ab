package org.trustledger.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.trustledger.adapters.persistence.support.TestDatabases;
import org.trustledger.application.port.in.TrustQuery;
import org.trustledger.domain.party.PartyId;

/**
 * Two nodes on one PostgreSQL, eight writers each, on the same few parties for a fixed time: every write is
 * acknowledged or answered 409 (never 500), the store holds exactly what was acknowledged with contiguous sequence
 * numbers, and every read model equals a fold of its party's events.
 */
class ConcurrentWritersTest {
    private static final Logger LOG = LoggerFactory.getLogger(ConcurrentWritersTest.class);
    private static final int PARTIES = 20;
    private static final int WRITERS_PER_NODE = 8;
    private static final Duration RUN = Duration.ofSeconds(6);

    private static Node first;
    private static Node second;

    @BeforeAll
    static void startTwoNodes() {
        String url = TestDatabases.url(TestDatabases.Kind.POSTGRESQL);
        first = Node.onPostgres(url);
        second = Node.onPostgres(url);
    }

    @AfterAll
    static void stopNodes() {
        first.close();
        second.close();
    }

    @Test
    void twoNodesTimesEightWriters_neverAnswer500_andStoreExactlyWhatTheyAcknowledged() throws Exception {
        List<String> parties = new ArrayList<>();
        for (int i = 0; i < PARTIES; i++) {
            // Pairs share a phone, so a write on one re-assesses the other on whichever node wrote it.
            String body = "{\"kind\":\"RESELLER\",\"name\":\"並行書込" + i + "株式会社\",\"phones\":[\"03-5555-"
                    + String.format("%04d", i / 2) + "\"]}";
            var created = (i % 2 == 0 ? first : second).api().post("/api/v1/parties", body);
            assertThat(created.status()).isEqualTo(201);
            parties.add(created.body().get("partyId").asString());
        }

        Map<Integer, AtomicInteger> answers = new ConcurrentHashMap<>();
        ConcurrentLinkedQueue<String> acknowledged = new ConcurrentLinkedQueue<>();
        Instant end = Instant.now().plus(RUN);
        ExecutorService writers = Executors.newFixedThreadPool(2 * WRITERS_PER_NODE);
        List<Future<?>> running = new ArrayList<>();
        for (int w = 0; w < 2 * WRITERS_PER_NODE; w++) {
            Api api = (w % 2 == 0 ? first : second).api();
            running.add(writers.submit(() -> {
                while (Instant.now().isBefore(end)) {
                    String party = parties.get(ThreadLocalRandom.current().nextInt(PARTIES));
                    var answer = write(api, party);
                    answers.computeIfAbsent(answer.status(), s -> new AtomicInteger())
                            .incrementAndGet();
                    if (answer.status() == 201) {
                        acknowledged.add(
                                party + "#" + answer.body().get("sequence").asLong());
                    }
                }
            }));
        }
        for (Future<?> writer : running) {
            writer.get();
        }
        writers.shutdown();
        LOG.info(
                "{} writers on {} parties for {}: answers {}, {} acknowledged writes a second",
                2 * WRITERS_PER_NODE,
                PARTIES,
                RUN,
                answers,
                acknowledged.size() / RUN.toSeconds());

        assertThat(answers.keySet()).allMatch(status -> status == 201 || status == 409);
        assertThat(acknowledged).doesNotHaveDuplicates().isNotEmpty();

        JdbcClient db = JdbcClient.create(first.bean(javax.sql.DataSource.class));
        long stored = db.sql("SELECT COUNT(*) FROM domain_event_entry")
                .query(Long.class)
                .single();
        assertThat(stored).isEqualTo(PARTIES + acknowledged.size());
        for (String ack : acknowledged) {
            String[] parts = ack.split("#");
            assertThat(db.sql("SELECT COUNT(*) FROM domain_event_entry WHERE aggregate_identifier = ? AND"
                                    + " sequence_number = ?")
                            .params(parts[0], Long.parseLong(parts[1]) - 1)
                            .query(Long.class)
                            .single())
                    .as("acknowledged %s is stored", ack)
                    .isEqualTo(1);
        }

        TrustQuery trust = first.bean(TrustQuery.class);
        for (String party : parties) {
            List<Long> sequences = db.sql("SELECT sequence_number FROM domain_event_entry WHERE"
                            + " aggregate_identifier = ? ORDER BY sequence_number")
                    .param(party)
                    .query(Long.class)
                    .list();
            assertThat(sequences)
                    .as("party %s has contiguous sequence numbers", party)
                    .allSatisfy(s -> assertThat(s).isEqualTo(sequences.indexOf(s)));
            long troubles = db.sql("SELECT COUNT(*) FROM domain_event_entry WHERE aggregate_identifier = ? AND"
                            + " payload_type = 'TroubleLogged'")
                    .param(party)
                    .query(Long.class)
                    .single();
            Map<String, Object> view = db.sql("SELECT last_sequence, trouble_count FROM party_view WHERE party_id = ?")
                    .param(party)
                    .query()
                    .singleRow();
            assertThat(((Number) view.get("last_sequence")).longValue()).isEqualTo(sequences.size());
            assertThat(((Number) view.get("trouble_count")).longValue()).isEqualTo(troubles);

            String storedStatus = db.sql("SELECT status FROM trust_view WHERE party_id = ?")
                    .param(party)
                    .query(String.class)
                    .single();
            assertThat(storedStatus)
                    .as("stored trust of %s equals a fresh assessment", party)
                    .isEqualTo(trust.assess(PartyId.of(party), Instant.now())
                            .status()
                            .name());
        }
    }

    private static Api.Response write(Api api, String party) {
        String path = "/api/v1/parties/" + party;
        return switch (ThreadLocalRandom.current().nextInt(3)) {
            case 0 ->
                api.post(
                        path + "/troubles",
                        "{\"category\":\"WRONG_PLAN\",\"severity\":\"MINOR\",\"description\":\"設定ミス\"}");
            case 1 ->
                api.post(
                        path + "/requests",
                        "{\"channel\":\"PHONE\",\"onBehalfOfCustomer\":false,\"summary\":\"設定の問い合わせ\"}");
            default -> api.post(path + "/callers", "{\"name\":\"山田 太郎\",\"fullNameGiven\":true}");
        };
    }
}
