package org.trustledger.domain;

import java.util.function.Supplier;

/**
 * Reads values back exactly as they were stored, without today's rules: a rule tightened tomorrow (fewer phone
 * numbers, a shorter name) must never make yesterday's history fail to load.
 *
 * <p>Value objects check their rules in their constructors, which every reader of stored events also calls; a record
 * has no second way in. So the event store reads inside {@link #read}, and while it does, value objects keep what they
 * are given as it is, with no check and no clean-up beyond treating a missing list as empty. Everything else —
 * commands, requests, tests — gets the checks, on every thread, always.
 */
public final class AsStored {
    private static final ThreadLocal<Boolean> READING = ThreadLocal.withInitial(() -> Boolean.FALSE);

    private AsStored() {}

    /** Runs {@code reading}, which rebuilds stored values, with the rules of the day switched off on this thread. */
    public static <T> T read(Supplier<T> reading) {
        boolean outer = READING.get();
        READING.set(Boolean.TRUE);
        try {
            return reading.get();
        } finally {
            if (outer) {
                READING.set(Boolean.TRUE);
            } else {
                READING.remove();
            }
        }
    }

    /** True unless stored values are being read back: what a constructor asks before checking its rules. */
    public static boolean rulesApply() {
        return !READING.get();
    }
}
