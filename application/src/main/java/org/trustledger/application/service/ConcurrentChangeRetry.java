package org.trustledger.application.service;

import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;

/**
 * Sends a party command again when another writer, on this node or another, stored the party's next entry first.
 *
 * <p>Safe because the losing attempt stored nothing (the whole unit of work rolled back) and the next attempt loads
 * the party afresh and decides again on the history as it now is: a command that the newer history forbids is then
 * refused by the decider, never recorded twice. The backoff is short, random and growing, so that writers that collided
 * spread out instead of colliding again.
 */
final class ConcurrentChangeRetry {
    static final int ATTEMPTS = 6;
    private static final Set<String> ROLLED_BACK_FOR_CONCURRENCY = Set.of("40001", "40P01");
    private static final long FIRST_BACKOFF_MICROS = 2_000;

    private final int attempts;
    private final long firstBackoffMicros;

    ConcurrentChangeRetry() {
        this(ATTEMPTS, FIRST_BACKOFF_MICROS);
    }

    ConcurrentChangeRetry(int attempts, long firstBackoffMicros) {
        this.attempts = attempts;
        this.firstBackoffMicros = firstBackoffMicros;
    }

    /** Runs the action, again after a backoff while it loses a race; the last loss is thrown as it came. */
    <T> T call(Supplier<T> action) {
        for (int attempt = 1; ; attempt++) {
            try {
                return action.get();
            } catch (RuntimeException e) {
                if (attempt >= attempts || !isConcurrentChange(e)) {
                    throw e;
                }
                long ceiling = firstBackoffMicros << (attempt - 1);
                LockSupport.parkNanos(TimeUnit.MICROSECONDS.toNanos(
                        ceiling / 2 + ThreadLocalRandom.current().nextLong(ceiling / 2 + 1)));
            }
        }
    }

    /**
     * A lost race for a party's next sequence number or for creating the party, or a transaction the database rolled
     * back to break a deadlock or a serialisation conflict (SQL states 40001 and 40P01), wherever it is in the chain.
     */
    static boolean isConcurrentChange(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConcurrencyException || t instanceof AggregateStreamCreationException) {
                return true;
            }
            if (t instanceof SQLException sql
                    && sql.getSQLState() != null
                    && ROLLED_BACK_FOR_CONCURRENCY.contains(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
