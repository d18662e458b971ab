package org.trustledger.adapters.mail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.health.contributor.Health;
import org.springframework.context.SmartLifecycle;

/**
 * Reads the mailbox every poll interval on a thread of its own. A mailbox that cannot be read is tried again after a
 * wait that doubles with each failure in a row, up to the configured longest; while it fails, the health says so and
 * why. Nothing is lost meanwhile: the mark moves only past messages whose contact was logged.
 */
final class MailboxPoller implements SmartLifecycle {
    private static final Logger LOG = LoggerFactory.getLogger(MailboxPoller.class);

    private final MailProperties settings;
    private final MailIntake intake;
    private final Clock clock;
    private volatile ScheduledExecutorService thread;
    private volatile State state = new State(0, null, null, null, 0);

    MailboxPoller(MailProperties settings, MailIntake intake, Clock clock) {
        this.settings = settings;
        this.intake = intake;
        this.clock = clock;
    }

    /**
     * What the last attempts found.
     *
     * @param failures the failed attempts in a row; 0 once one succeeds
     * @param lastRead when the mailbox was last read, or null when never
     * @param problem why the last attempt failed, or null when it did not
     * @param nextAttempt when the next attempt is due after a failure
     * @param handed how many messages the last successful read handed on
     */
    private record State(int failures, Instant lastRead, String problem, Instant nextAttempt, int handed) {}

    @Override
    public void start() {
        thread = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("mail-intake").daemon().factory());
        thread.execute(this::poll);
    }

    @Override
    public void stop() {
        ScheduledExecutorService running = thread;
        if (running == null) {
            return;
        }
        thread = null;
        running.shutdownNow();
        try {
            running.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return thread != null;
    }

    private void poll() {
        // Should the read end in an Error, the longest wait, and the poller goes on.
        Duration wait = settings.retryMax();
        try {
            int handed = intake.read();
            if (state.failures() > 0) {
                LOG.info("mailbox {} can be read again", settings.mailbox());
            }
            state = new State(0, clock.instant(), null, null, handed);
            wait = settings.pollInterval();
        } catch (Exception e) {
            int failures = state.failures() + 1;
            wait = backoff(failures);
            String problem = problem(e);
            state = new State(
                    failures, state.lastRead(), problem, clock.instant().plus(wait), 0);
            LOG.warn(
                    "mailbox {} could not be read ({} in a row), trying again in {}: {}",
                    settings.mailbox(),
                    failures,
                    wait,
                    problem);
        } finally {
            next(wait);
        }
    }

    private void next(Duration wait) {
        ScheduledExecutorService running = thread;
        try {
            if (running != null) {
                running.schedule(this::poll, wait.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (RejectedExecutionException stopping) {
            // The node is shutting down; the mark says where the next start goes on.
        }
    }

    /** The first wait, doubled for each further failure in a row, never longer than the longest. */
    Duration backoff(int failures) {
        Duration wait = settings.retryInitial().multipliedBy(1L << Math.min(failures - 1, 30));
        return wait.compareTo(settings.retryMax()) > 0 ? settings.retryMax() : wait;
    }

    /**
     * Down while the mailbox cannot be read, naming the mailbox and why; the password is not among the settings shown
     * and is cut from a server's message that repeats it.
     */
    Health health() {
        State now = state;
        Health.Builder health = now.failures() > 0
                ? Health.down()
                        .withDetail("problem", now.problem())
                        .withDetail("failuresInARow", now.failures())
                        .withDetail("nextAttempt", now.nextAttempt().toString())
                : now.lastRead() == null ? Health.unknown() : Health.up().withDetail("handedOnLastRead", now.handed());
        health.withDetail("mailbox", settings.mailbox());
        if (now.lastRead() != null) {
            health.withDetail("lastRead", now.lastRead().toString());
        }
        return health.build();
    }

    String problem(Exception e) {
        StringBuilder problem = new StringBuilder();
        for (Throwable cause = e; cause != null && problem.length() < 500; cause = cause.getCause()) {
            problem.append(problem.isEmpty() ? "" : "; caused by ")
                    .append(cause.getClass().getSimpleName())
                    .append(cause.getMessage() == null ? "" : ": " + cause.getMessage());
        }
        String password = settings.password();
        return password == null || password.isEmpty()
                ? problem.toString()
                : problem.toString().replace(password, "****");
    }
}
