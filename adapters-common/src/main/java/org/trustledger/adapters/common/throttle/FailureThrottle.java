package org.trustledger.adapters.common.throttle;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.trustledger.application.port.out.FailedGuesses;

/**
 * Counts failures per key (an account and address pair, or a client address) over the last hour. After a few failures
 * each further attempt must wait a growing delay, and at the hourly limit the key is refused until the oldest
 * failure is an hour old (ASVS 2.2.1). Nothing sleeps: a request arriving too early is answered at once, refused, so
 * no servlet thread is held. The counts are kept in {@link FailedGuesses}: in the database, they are every node's.
 */
public final class FailureThrottle {
    static final Duration WINDOW = Duration.ofHours(1);
    private static final Duration LONGEST_DELAY = Duration.ofMinutes(5);

    private final FailedGuesses failures;
    private final Clock clock;
    private final int failuresPerHour;
    private final int freeFailures;

    public FailureThrottle(FailedGuesses failures, Clock clock, int failuresPerHour, int freeFailures) {
        this.failures = failures;
        this.clock = clock;
        this.failuresPerHour = failuresPerHour;
        this.freeFailures = freeFailures;
    }

    /** Counts in this process's memory only. */
    public FailureThrottle(Clock clock, int failuresPerHour, int freeFailures) {
        this(new InMemoryFailedGuesses(), clock, failuresPerHour, freeFailures);
    }

    /** How long the key must still wait before its next attempt, if it must. */
    public Optional<Duration> waitFor(String key) {
        Instant now = clock.instant();
        List<Instant> recent = failures.after(key, now.minus(WINDOW));
        if (recent.isEmpty()) {
            return Optional.empty();
        }
        if (recent.size() >= failuresPerHour) {
            return Optional.of(Duration.between(now, recent.getFirst().plus(WINDOW)));
        }
        if (recent.size() < freeFailures) {
            return Optional.empty();
        }
        Instant allowedAt = recent.getLast().plus(delayAfter(recent.size()));
        return allowedAt.isAfter(now) ? Optional.of(Duration.between(now, allowedAt)) : Optional.empty();
    }

    public void failed(String key) {
        Instant now = clock.instant();
        failures.add(key, now, now.minus(WINDOW));
    }

    public void succeeded(String key) {
        failures.forget(key);
    }

    /** One second after the first failure past the free ones, doubling up to five minutes. */
    private Duration delayAfter(int failureCount) {
        int doublings = Math.min(failureCount - freeFailures, 9);
        Duration delay = Duration.ofSeconds(1L << doublings);
        return delay.compareTo(LONGEST_DELAY) > 0 ? LONGEST_DELAY : delay;
    }
}
