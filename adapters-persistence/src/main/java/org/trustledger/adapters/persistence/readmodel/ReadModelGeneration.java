package org.trustledger.adapters.persistence.readmodel;

import java.time.Duration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Which generation of the read-model tables one set of JDBC adapters reads and writes, as an SQL expression: the
 * serving one, for commands and staff, or a fixed one, for the rebuild that fills it.
 */
public sealed interface ReadModelGeneration {
    /** The row naming the serving generation, and the one a rebuild fills. */
    String TABLE = "read_model_generation";

    /** The serving generation, read in the very statement that uses it, so a switch falls before it or after it. */
    String SERVING = "(SELECT serving FROM " + TABLE + " WHERE id = 1)";

    /** An SQL expression for the generation: a number, or a subquery; never text from outside. */
    String sql();

    /** One generation, by its number: the one a rebuild fills. */
    static ReadModelGeneration fixed(long generation) {
        return new Fixed(generation);
    }

    /** How long a write waits for a switch to end, unless told otherwise. */
    Duration SWITCH_WAIT = Duration.ofSeconds(20);

    /** The serving generation, a write waiting for a switch as long as {@link #SWITCH_WAIT}. */
    static ReadModelGeneration serving(JdbcClient jdbc) {
        return serving(jdbc, SqlDialect.of(jdbc), SWITCH_WAIT);
    }

    /** The serving generation, held still for a transaction that writes (see {@link Serving}). */
    static ReadModelGeneration serving(JdbcClient jdbc, SqlDialect dialect, Duration switchWait) {
        return new Serving(jdbc, dialect, switchWait);
    }

    /** A generation by its number. */
    record Fixed(long generation) implements ReadModelGeneration {
        @Override
        public String sql() {
            return Long.toString(generation);
        }
    }

    /**
     * The serving generation. A transaction that may write reads it once, with a lock on its row that it keeps to the
     * end (shared on PostgreSQL; H2 knows no shared row lock, so there writing transactions take turns for the
     * moment between their first read-model statement and their commit); the rebuild's last catch-up takes that row
     * exclusively, so it waits for every write in flight, whose events it then reads, and every later write waits for
     * the switch and lands in the new generation. Reads outside a writing transaction take no lock and name the
     * generation in a subquery of their own statement.
     */
    final class Serving implements ReadModelGeneration {
        /** One database behind every adapter, so one generation a transaction. */
        private static final Object HELD = new Object();

        private final JdbcClient jdbc;
        private final String lock;

        Serving(JdbcClient jdbc, SqlDialect dialect, Duration switchWait) {
            this.jdbc = jdbc;
            this.lock = "SELECT serving FROM " + TABLE + " WHERE id = 1 "
                    + switch (dialect) {
                        case POSTGRESQL -> "FOR SHARE";
                        // Bounded like the switch itself: a write waits out a switch, not the default second.
                        case H2 -> "FOR UPDATE WAIT " + Math.max(1, switchWait.toSeconds());
                    };
        }

        @Override
        public String sql() {

            if (!TransactionSynchronizationManager.isActualTransactionActive()
                    || TransactionSynchronizationManager.isCurrentTransactionReadOnly()
                    || !TransactionSynchronizationManager.isSynchronizationActive()) {
                return SERVING;
            }
            Long held = (Long) TransactionSynchronizationManager.getResource(HELD);
            if (held == null) {
                held = jdbc.sql(lock).query(Long.class).single();
                TransactionSynchronizationManager.bindResource(HELD, held);
                TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public void afterCompletion(int status) {
                        TransactionSynchronizationManager.unbindResourceIfPossible(HELD);
                    }
                });
            }
            return held.toString();
        }
    }
}
