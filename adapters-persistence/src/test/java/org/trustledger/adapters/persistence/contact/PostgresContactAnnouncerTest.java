package org.trustledger.adapters.persistence.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.trustledger.adapters.persistence.support.TestDatabases;
import org.trustledger.adapters.persistence.support.TestDatabases.Kind;
import org.trustledger.application.port.in.ContactKey;
import org.trustledger.application.port.in.LoggedContact;
import org.trustledger.domain.party.Channel;

/**
 * Two nodes on one PostgreSQL: a contact one logs and announces is heard by both, read from the shared log. Also
 * measures, for the README, how long the announcement takes against reading the log on a timer.
 */
class PostgresContactAnnouncerTest {
    private static final int CONTACTS = 10;

    @Test
    void aContactAnnouncedOnOneNodeIsHeardOnBoth() throws Exception {
        DataSource db = TestDatabases.migrated(Kind.POSTGRESQL);
        JdbcClient jdbc = JdbcClient.create(db);
        JdbcContactLog log = new JdbcContactLog(jdbc);
        try (var nodeA = new PostgresContactAnnouncer(jdbc, log, db::getConnection);
                var nodeB = new PostgresContactAnnouncer(jdbc, log, db::getConnection)) {
            await().atMost(Duration.ofMinutes(1)).until(() -> nodeA.listening() && nodeB.listening());
            BlockingQueue<LoggedContact> heardOnA = new LinkedBlockingQueue<>();
            BlockingQueue<LoggedContact> heardOnB = new LinkedBlockingQueue<>();
            nodeA.subscribe(heardOnA::add);
            nodeB.subscribe(heardOnB::add);

            List<Long> millis = new ArrayList<>();
            for (int i = 0; i < CONTACTS; i++) {
                LoggedContact contact = contact("notify-" + i);
                log.add(contact);
                long sent = System.nanoTime();
                nodeA.announce(contact);
                LoggedContact heard = heardOnB.poll(1, TimeUnit.MINUTES);
                millis.add((System.nanoTime() - sent) / 1_000_000);
                assertThat(heard).isEqualTo(contact);
                assertThat(heardOnA.poll(1, TimeUnit.MINUTES))
                        .as("the node that announced")
                        .isEqualTo(contact);
            }
            System.out.println("LISTEN/NOTIFY: announced on node A, heard on node B after (ms) " + millis);

            nodeB.subscribe(heard -> {
                throw new IllegalStateException("a listener failing");
            });
            LoggedContact after = contact("after-a-failing-listener");
            log.add(after);
            nodeA.announce(after);
            assertThat(heardOnB.poll(1, TimeUnit.MINUTES)).isEqualTo(after);
        }
    }

    /** Reading the log on a timer, as the other way to tell the nodes: its latency is up to the interval. */
    @Test
    void pollingTheLog_forComparison() throws Exception {
        DataSource db = TestDatabases.migrated(Kind.POSTGRESQL);
        JdbcContactLog log = new JdbcContactLog(JdbcClient.create(db));
        Duration interval = Duration.ofMillis(250);
        BlockingQueue<String> seen = new LinkedBlockingQueue<>();
        var poller = java.util.concurrent.Executors.newSingleThreadScheduledExecutor();
        var known = new java.util.HashSet<String>();
        poller.scheduleAtFixedRate(
                () -> log.recent(50).forEach(c -> {
                    if (known.add(c.key().contactId())) {
                        seen.add(c.key().contactId());
                    }
                }),
                0,
                interval.toMillis(),
                TimeUnit.MILLISECONDS);
        try {
            List<Long> millis = new ArrayList<>();
            for (int i = 0; i < CONTACTS; i++) {
                Thread.sleep((long) (Math.random() * interval.toMillis()));
                long sent = System.nanoTime();
                log.add(contact("poll-" + i));
                assertThat(seen.poll(1, TimeUnit.MINUTES)).isEqualTo("poll-" + i);
                millis.add((System.nanoTime() - sent) / 1_000_000);
            }
            System.out.println("Polling every " + interval.toMillis() + " ms: seen after (ms) " + millis);
        } finally {
            poller.shutdownNow();
        }
    }

    private static LoggedContact contact(String id) {
        Instant now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        return new LoggedContact(
                new ContactKey(Channel.PHONE, id),
                "0353217788",
                null,
                now,
                null,
                false,
                null,
                null,
                null,
                null,
                null,
                now);
    }
}
