package org.trustledger.adapters.persistence.contact;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.function.Consumer;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.trustledger.application.port.in.ContactKey;
import org.trustledger.application.port.in.LoggedContact;
import org.trustledger.application.port.out.ContactAnnouncer;
import org.trustledger.application.port.out.ContactLog;
import org.trustledger.domain.party.Channel;

/**
 * Announces contacts to every node on one PostgreSQL with {@code NOTIFY}: the notification carries only the contact's
 * key, and each node, this one included, reads the contact from the shared log when it hears it. One connection per
 * node stays open to {@code LISTEN}; when it breaks it is opened again with a growing pause, and contacts logged while
 * it was away stay in the log though their pop-up is missed.
 */
final class PostgresContactAnnouncer implements ContactAnnouncer, AutoCloseable {
    static final String CHANNEL = "trustledger_contacts";
    private static final Logger LOG = LoggerFactory.getLogger(PostgresContactAnnouncer.class);
    private static final int WAIT_MILLIS = 500;

    /** After this long without a notification the connection is asked a question, so a dead one is noticed. */
    private static final Duration QUIET_CHECK = Duration.ofSeconds(30);

    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(30);

    /** Opens the connection that listens; it is held for as long as the node runs. */
    interface Connections {
        Connection open() throws SQLException;
    }

    private final JdbcClient jdbc;
    private final ContactLog log;
    private final Connections connections;
    private final LocalContactAnnouncer local = new LocalContactAnnouncer();
    private final Thread listener;
    private volatile boolean running = true;
    private volatile boolean listening;

    PostgresContactAnnouncer(JdbcClient jdbc, ContactLog log, Connections connections) {
        this.jdbc = jdbc;
        this.log = log;
        this.connections = connections;
        this.listener =
                Thread.ofPlatform().name("contact-announcements").daemon().unstarted(this::listen);
        listener.start();
    }

    @Override
    public void announce(LoggedContact contact) {
        // Sent after the log's insert committed, so a node hearing it finds the row.
        jdbc.sql("SELECT pg_notify(:channel, :payload)")
                .param("channel", CHANNEL)
                .param(
                        "payload",
                        contact.key().channel().name() + "\n" + contact.key().contactId())
                .query()
                .listOfRows();
    }

    @Override
    public Subscription subscribe(Consumer<LoggedContact> listener) {
        return local.subscribe(listener);
    }

    /** Whether the node is listening now; a test waits for it before it counts on hearing anything. */
    boolean listening() {
        return listening;
    }

    private void listen() {
        Duration pause = Duration.ofSeconds(1);
        while (running) {
            try (Connection connection = connections.open()) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                listening = true;
                pause = Duration.ofSeconds(1);
                PGConnection postgres = connection.unwrap(PGConnection.class);
                long quietSince = System.nanoTime();
                while (running) {
                    PGNotification[] notifications = postgres.getNotifications(WAIT_MILLIS);
                    if (notifications != null && notifications.length > 0) {
                        quietSince = System.nanoTime();
                        for (PGNotification notification : notifications) {
                            hear(notification.getParameter());
                        }
                    } else if (System.nanoTime() - quietSince > QUIET_CHECK.toNanos()) {
                        try (Statement check = connection.createStatement()) {
                            check.execute("SELECT 1");
                        }
                        quietSince = System.nanoTime();
                    }
                }
            } catch (SQLException | RuntimeException e) {
                listening = false;
                if (!running) {
                    return;
                }
                LOG.warn("Not listening for contacts from other nodes; trying again in {}: {}", pause, e.toString());
                try {
                    Thread.sleep(pause);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
                pause = pause.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause.multipliedBy(2);
            }
        }
        listening = false;
    }

    private void hear(String payload) {
        int split = payload.indexOf('\n');
        if (split < 0) {
            return;
        }
        try {
            ContactKey key = new ContactKey(Channel.valueOf(payload.substring(0, split)), payload.substring(split + 1));
            log.find(key).ifPresent(local::announce);
        } catch (RuntimeException e) {
            // One unreadable notification (or a database hiccup reading its row) must not end the listening.
            LOG.warn("Could not hand on the contact announced as {}: {}", payload.replace('\n', ' '), e.toString());
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        listener.join(Duration.ofSeconds(5));
    }
}
