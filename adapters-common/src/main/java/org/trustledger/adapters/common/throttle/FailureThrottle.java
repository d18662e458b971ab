package org.trustledger.adapters.common.throttle;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts failures per key (an account and address pair, or a client address) over the last hour. After a few failures
 * each further attempt must wait a growing delay, and at the hourly limit the key is refused until the oldest
 * failure is an hour old (ASVS 2.2.1). Nothing sleeps: a request arriving too early is answered at once, refused, so
 * no servlet thread is held.
 */
public final class FailureThrottle {
    static final Duration WINDOW = Duration.ofHours(1);
    private static final Duration LONGEST_DELAY = Duration.ofMinutes(5);
    private static final int TRACKED_KEYS = 100_000;

    private final Clock clock;
    private final int failuresPerHour;
    private final int freeFailures;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    public FailureThrottle(Clock clock, int failuresPerHour, int freeFailures) {
        this.clock = clock;
        this.failuresPerHour = failuresPerHour;
        this.freeFailures = freeFailures;
    }

    /** How long the key must still wait before its next attempt, if it must. */
    public Optional<Duration> waitFor(String key) {
        Deque<Instant> recent = failures.get(key);
        if (recent == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        synchronized (recent) {
            forgetOld(recent, now);
            if (recent.size() >= failuresPerHour) {
                return Optional.of(Duration.between(now, recent.peekFirst().plus(WINDOW)));
            }
            if (recent.size() < freeFailures) {
                return Optional.empty();
            }
            Instant allowedAt = recent.peekLast().plus(delayAfter(recent.size()));
            return allowedAt.isAfter(now) ? Optional.of(Duration.between(now, allowedAt)) : Optional.empty();
        }
    }

    public void failed(String key) {
        Instant now = clock.instant();
        if (failures.size() >= TRACKED_KEYS) {
            failures.values().removeIf(recent -> {
                synchronized (recent) {
                    forgetOld(recent, now);
                    return recent.isEmpty();
                }
            });
        }
        Deque<Instant> recent = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (recent) {
            forgetOld(recent, now);
            recent.addLast(now);
        }
    }

    public void succeeded(String key) {
        failures.remove(key);
    }

    /** One second after the first failure past the free ones, doubling up to five minutes. */
    private Duration delayAfter(int failureCount) {
        int doublings = Math.min(failureCount - freeFailures, 9);
        Duration delay = Duration.ofSeconds(1L << doublings);
        return delay.compareTo(LONGEST_DELAY) > 0 ? LONGEST_DELAY : delay;
    }

    private static void forgetOld(Deque<Instant> recent, Instant now) {
        Instant horizon = now.minus(WINDOW);
        while (!recent.isEmpty() && !recent.peekFirst().isAfter(horizon)) {
            recent.removeFirst();
        }
    }
}
