package org.trustledger.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.trustledger.adapters.persistence.support.TestDatabases;
import tools.jackson.databind.JsonNode;

/**
 * The product's own process is killed with SIGKILL at a random moment while four clients record troubles, and started
 * again on the same data, three times: every answer {@code 201} is in the party's history afterwards, at the sequence
 * it was answered with and with its own content, no sequence is given to two entries, and repeating an acknowledged
 * {@code Idempotency-Key} answers the same sequence. On the embedded default and on PostgreSQL.
 *
 * <p>Before H2's write delay was turned off, the embedded default lost 2 of 36 acknowledged entries in one such run.
 */
class ProcessKilledTest {
    private static final Logger LOG = LoggerFactory.getLogger(ProcessKilledTest.class);
    private static final int WRITERS = 4;
    private static final int ROUNDS = 3;
    private static final int PARTIES = 6;

    @TempDir
    Path root;

    @Test
    void theEmbeddedDefault_losesNothingAcknowledged_whenKilled() throws Exception {
        // No datasource setting at all: the product's own default, an H2 file database in the data directory.
        survivesKills("--trustledger.data-dir=" + root.resolve("data"));
    }

    @Test
    void postgresql_losesNothingAcknowledged_whenTheProductIsKilled() throws Exception {
        survivesKills(
                "--spring.datasource.url=" + TestDatabases.url(TestDatabases.Kind.POSTGRESQL),
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=postgres");
    }

    /** An answered write: the key it was sent with, its party and the sequence the answer gave. */
    record Acknowledged(String key, String party, long sequence) {}

    private void survivesKills(String... settings) throws Exception {
        // Logged, and given back with -Dtrustledger.crash-test.seed, so that a failing run's kills can be replayed.
        long seed = Long.getLong("trustledger.crash-test.seed", System.nanoTime());
        LOG.info("Crash test seed {}", seed);
        Random random = new Random(seed);
        Path log = root.resolve("product.log");
        List<String> parties = new ArrayList<>();
        ConcurrentLinkedQueue<Acknowledged> acknowledged = new ConcurrentLinkedQueue<>();
        Map<Integer, AtomicInteger> answers = new ConcurrentHashMap<>();
        for (int round = 1; round <= ROUNDS; round++) {
            try (ChildNode node = ChildNode.start(log, settings)) {
                Api api = node.api();
                if (parties.isEmpty()) {
                    for (int i = 0; i < PARTIES; i++) {
                        Api.Response created =
                                api.post("/api/v1/parties", "{\"kind\":\"RESELLER\",\"name\":\"停電試験" + i + "株式会社\"}");
                        assertThat(created.status()).isEqualTo(201);
                        parties.add(created.body().get("partyId").asString());
                    }
                }
                ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
                List<Future<?>> running = new ArrayList<>();
                for (int w = 0; w < WRITERS; w++) {
                    running.add(writers.submit(() -> writeUntilGone(api, parties, random, acknowledged, answers)));
                }
                // From the round's first answer on: a busy machine may take a while before it answers at all.
                int before = acknowledged.size();
                await().atMost(Duration.ofMinutes(2)).until(() -> acknowledged.size() > before);
                long killAfter = random.nextLong(3_000, 8_001);
                Thread.sleep(killAfter);
                node.kill();
                for (Future<?> writer : running) {
                    writer.get(2, TimeUnit.MINUTES);
                }
                writers.shutdown();
                LOG.info("Round {}: killed after {} ms; {} acknowledged so far", round, killAfter, acknowledged.size());
            }
        }
        LOG.info("Answers before the kills: {}", answers);
        assertThat(acknowledged).as("the writers were answered at all").hasSizeGreaterThan(ROUNDS);

        try (ChildNode node = ChildNode.start(log, settings)) {
            Api api = node.api();
            Map<String, Map<Long, JsonNode>> histories = new HashMap<>();
            for (String party : parties) {
                Map<Long, JsonNode> bySequence = new HashMap<>();
                for (JsonNode entry : api.history(party)) {
                    assertThat(bySequence.put(entry.get("sequence").asLong(), entry))
                            .as("sequence %s of %s appears once", entry.get("sequence"), party)
                            .isNull();
                }
                histories.put(party, bySequence);
            }
            List<String> missing = new ArrayList<>();
            List<String> overwritten = new ArrayList<>();
            Map<String, String> sequenceOwners = new HashMap<>();
            for (Acknowledged ack : acknowledged) {
                String previous = sequenceOwners.put(ack.party() + "#" + ack.sequence(), ack.key());
                if (previous != null) {
                    overwritten.add("sequence " + ack.sequence() + " of " + ack.party() + " answered to " + previous
                            + " and to " + ack.key());
                }
                JsonNode entry = histories.get(ack.party()).get(ack.sequence());
                if (entry == null) {
                    missing.add(ack.party() + "#" + ack.sequence() + " (" + ack.key() + ")");
                } else if (!description(ack.key())
                        .equals(entry.path("data").path("description").asString(""))) {
                    overwritten.add("sequence " + ack.sequence() + " of " + ack.party() + " answered to " + ack.key()
                            + " holds " + entry.path("data").path("description").asString(""));
                }
            }
            assertThat(missing)
                    .as("%d of %d acknowledged entries are missing", missing.size(), acknowledged.size())
                    .isEmpty();
            assertThat(overwritten)
                    .as("%d of %d acknowledged sequences hold another entry", overwritten.size(), acknowledged.size())
                    .isEmpty();

            for (Acknowledged ack : acknowledged) {
                Api.Response again = record(api, ack.party(), ack.key());
                assertThat(again.status()).as("retry of %s", ack.key()).isEqualTo(201);
                assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
                assertThat(again.body().get("sequence").asLong())
                        .as("retry of %s answers its sequence", ack.key())
                        .isEqualTo(ack.sequence());
            }
        }
    }

    private static void writeUntilGone(
            Api api,
            List<String> parties,
            Random random,
            ConcurrentLinkedQueue<Acknowledged> acknowledged,
            Map<Integer, AtomicInteger> answers) {
        while (true) {
            String party = parties.get(random.nextInt(parties.size()));
            String key = UUID.randomUUID().toString();
            Api.Response answer;
            try {
                answer = record(api, party, key);
            } catch (IllegalStateException e) {
                // The process is gone: whatever was in flight was never acknowledged.
                return;
            }
            answers.computeIfAbsent(answer.status(), s -> new AtomicInteger()).incrementAndGet();
            if (answer.status() == 201) {
                acknowledged.add(new Acknowledged(
                        key, party, answer.body().get("sequence").asLong()));
            }
        }
    }

    private static Api.Response record(Api api, String party, String key) {
        return api.post(
                "/api/v1/parties/" + party + "/troubles",
                "{\"category\":\"WRONG_PLAN\",\"severity\":\"MINOR\",\"description\":\"" + description(key) + "\"}",
                "Idempotency-Key",
                key);
    }

    private static String description(String key) {
        return "停電試験 " + key;
    }
}
