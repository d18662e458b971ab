package org.trustledger.adapters.common.throttle;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.trustledger.application.port.out.FailedGuesses;

/**
 * Failed guesses in this process's memory: enough for one node, and for an adapter run without a database. A bounded
 * number of keys is tracked, so a flood of guesses from ever new addresses cannot fill the heap.
 */
public final class InMemoryFailedGuesses implements FailedGuesses {
    private static final int TRACKED_KEYS = 100_000;

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    @Override
    public void add(String key, Instant at, Instant forgetBefore) {
        if (failures.size() >= TRACKED_KEYS) {
            failures.values().removeIf(recent -> {
                synchronized (recent) {
                    forgetOld(recent, forgetBefore);
                    return recent.isEmpty();
                }
            });
        }
        Deque<Instant> recent = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (recent) {
            forgetOld(recent, forgetBefore);
            recent.addLast(at);
        }
    }

    @Override
    public List<Instant> after(String key, Instant after) {
        Deque<Instant> recent = failures.get(key);
        if (recent == null) {
            return List.of();
        }
        synchronized (recent) {
            return recent.stream().filter(at -> at.isAfter(after)).toList();
        }
    }

    @Override
    public void forget(String key) {
        failures.remove(key);
    }

    private static void forgetOld(Deque<Instant> recent, Instant horizon) {
        while (!recent.isEmpty() && recent.peekFirst().isBefore(horizon)) {
            recent.removeFirst();
        }
    }
}
