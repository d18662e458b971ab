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
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.trustledger.application.port.in.TrustQuery;
import org.trustledger.domain.party.PartyId;

/**
 * Writers that record entries on a few shared parties until stopped, keeping every answer; and the checks that the
 * ledger holds exactly the acknowledged entries, in contiguous sequences, with read models equal to a fold of them.
 */
final class WriteLoad implements AutoCloseable {
    final List<String> parties = new ArrayList<>();
    final Map<Integer, AtomicInteger> answers = new ConcurrentHashMap<>();
    final ConcurrentLinkedQueue<String> acknowledged = new ConcurrentLinkedQueue<>();
    /** The slowest answer that was not a success, in milliseconds: failing fast is part of the contract. */
    final AtomicLong slowestFailureMillis = new AtomicLong();

    private final List<Api> apis;
    private final ExecutorService writers;
    private final List<Future<?>> running = new ArrayList<>();
    private volatile boolean stopped;
    private volatile Instant deadline = Instant.MAX;

    private WriteLoad(List<Api> apis, int threads) {
        this.apis = apis;
        this.writers = Executors.newFixedThreadPool(threads);
    }

    /** Registers the parties (pairs share a phone, so each write re-assesses a neighbour too) through the first api. */
    static WriteLoad on(List<Api> apis, int partyCount, int threads) {
        WriteLoad load = new WriteLoad(apis, threads);
        for (int i = 0; i < partyCount; i++) {
            String body = "{\"kind\":\"RESELLER\",\"name\":\"負荷試験" + i + "株式会社\",\"phones\":[\"03-5555-"
                    + String.format("%04d", i / 2) + "\"]}";
            var created = apis.get(i % apis.size()).post("/api/v1/parties", body);
            assertThat(created.status()).isEqualTo(201);
            load.parties.add(created.body().get("partyId").asString());
        }
        for (int w = 0; w < threads; w++) {
            Api api = apis.get(w % apis.size());
            load.running.add(load.writers.submit(() -> load.writeUntilStopped(api)));
        }
        return load;
    }

    int count(int status) {
        AtomicInteger n = answers.get(status);
        return n == null ? 0 : n.get();
    }

    private void writeUntilStopped(Api api) {
        while (!stopped && Instant.now().isBefore(deadline)) {
            String party = parties.get(ThreadLocalRandom.current().nextInt(parties.size()));
            long start = System.nanoTime();
            Api.Response answer;
            try {
                answer = write(api, party);
            } catch (IllegalStateException e) {
                // The node itself is gone (killed); its writers stop, the others go on.
                answers.computeIfAbsent(-1, s -> new AtomicInteger()).incrementAndGet();
                return;
            }
            answers.computeIfAbsent(answer.status(), s -> new AtomicInteger()).incrementAndGet();
            if (answer.status() == 201) {
                acknowledged.add(party + "#" + answer.body().get("sequence").asLong());
            } else {
                slowestFailureMillis.accumulateAndGet(
                        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start), Math::max);
            }
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

    /** Stops the writers and waits for the requests in flight. */
    void stop() throws Exception {
        if (deadline.equals(Instant.MAX)) {
            stopped = true;
        }
        for (Future<?> writer : running) {
            writer.get(2, TimeUnit.MINUTES);
        }
        writers.shutdown();
    }

    @Override
    public void close() throws Exception {
        stopped = true;
        writers.shutdownNow();
    }

    /** Lets the writers go on for this long from now, and waits until they have stopped. */
    void runFor(Duration duration) throws Exception {
        deadline = Instant.now().plus(duration);
        stop();
    }

    /**
     * The store holds exactly the registrations and the acknowledged entries, each party's sequence numbers are
     * contiguous, and the party view and the stored trust status equal a fold of the party's events.
     */
    void assertLedgerConsistent(DataSource dataSource, TrustQuery trust) {
        assertLedgerConsistent(dataSource, trust, true);
    }

    /**
     * As above; when the database crashed, a commit it made just before may never have been acknowledged, so then the
     * store may hold more than was acknowledged, never less.
     */
    void assertLedgerConsistent(DataSource dataSource, TrustQuery trust, boolean exactly) {
        assertThat(acknowledged).doesNotHaveDuplicates();
        JdbcClient db = JdbcClient.create(dataSource);
        long stored = db.sql("SELECT COUNT(*) FROM domain_event_entry")
                .query(Long.class)
                .single();
        if (exactly) {
            assertThat(stored).as("stored events").isEqualTo(parties.size() + acknowledged.size());
        } else {
            assertThat(stored).as("stored events").isGreaterThanOrEqualTo(parties.size() + acknowledged.size());
        }
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
        for (String party : parties) {
            List<Long> sequences = db.sql("SELECT sequence_number FROM domain_event_entry WHERE"
                            + " aggregate_identifier = ? ORDER BY sequence_number")
                    .param(party)
                    .query(Long.class)
                    .list();
            for (int i = 0; i < sequences.size(); i++) {
                assertThat(sequences.get(i)).as("sequence of %s", party).isEqualTo(i);
            }
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
}
