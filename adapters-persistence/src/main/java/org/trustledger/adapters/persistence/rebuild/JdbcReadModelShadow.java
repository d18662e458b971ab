package org.trustledger.adapters.persistence.rebuild;

import java.time.Duration;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.trustledger.adapters.persistence.party.JdbcPartyIdentityIndex;
import org.trustledger.adapters.persistence.party.JdbcPartyViews;
import org.trustledger.adapters.persistence.people.JdbcPeopleIndex;
import org.trustledger.adapters.persistence.personal.JdbcPersonIds;
import org.trustledger.adapters.persistence.readmodel.ReadModelGeneration;
import org.trustledger.adapters.persistence.readmodel.SqlDialect;
import org.trustledger.adapters.persistence.trust.JdbcTrustViews;
import org.trustledger.application.port.out.ReadModelShadow;

/**
 * The rebuild's generation of the read models, in the very tables that serve, and the switch to it.
 *
 * <p>The switch is one transaction, the same on H2 and PostgreSQL: it takes the {@code read_model_generation} row
 * exclusively, which waits for every writing transaction in flight (each holds that row from its first read-model
 * statement to its commit, see {@link ReadModelGeneration.Serving}) and holds back every new one; runs the last
 * catch-up, which therefore reads every event a command has stored; and names the new generation as serving. Writes
 * held meanwhile go on into the new generation. Reads never wait: each statement reads the generation it serves from.
 * The old generation is deleted afterwards; a reader still in a statement on it keeps its snapshot.
 */
public final class JdbcReadModelShadow implements ReadModelShadow {
    /** The read-model tables, in the order writers touch them. */
    static final List<String> TABLES = List.of("party_view", "party_identity_key", "trust_view", "person_appearance");

    private final JdbcClient jdbc;
    private final SqlDialect dialect;
    private final TransactionTemplate transactions;
    private final Duration lockTimeout;
    private final JdbcPersonIds personIds;

    /**
     * @param lockTimeout how long the switch waits for the writes in flight before it gives up, leaving the serving
     *     generation as it was
     * @param personIds the ids people are filed under, the same as the serving generation's
     */
    public JdbcReadModelShadow(
            JdbcClient jdbc, PlatformTransactionManager transactions, Duration lockTimeout, JdbcPersonIds personIds) {
        this.jdbc = jdbc;
        this.dialect = SqlDialect.of(jdbc);
        this.transactions = new TransactionTemplate(transactions);
        this.lockTimeout = lockTimeout;
        this.personIds = personIds;
    }

    @Override
    public Tables create() {
        long serving = transactions.execute(status -> {
            long current = serving();
            deleteAllBut(current);
            jdbc.sql("UPDATE " + ReadModelGeneration.TABLE + " SET building = :next WHERE id = 1")
                    .param("next", current + 1)
                    .update();
            return current;
        });
        ReadModelGeneration building = ReadModelGeneration.fixed(serving + 1);
        return new BufferedTables(
                new JdbcPartyViews(jdbc, building),
                new JdbcPartyIdentityIndex(jdbc, building),
                new JdbcTrustViews(jdbc, building),
                new JdbcPeopleIndex(jdbc, building, personIds));
    }

    @Override
    public void discard() {
        transactions.executeWithoutResult(status -> {
            jdbc.sql("UPDATE " + ReadModelGeneration.TABLE + " SET building = NULL WHERE id = 1")
                    .update();
            deleteAllBut(serving());
        });
    }

    @Override
    public void swap(Runnable catchUp) {
        long switched = transactions.execute(status -> {
            long building = lockForTheSwitch();
            catchUp.run();
            jdbc.sql("UPDATE " + ReadModelGeneration.TABLE + " SET serving = :building, building = NULL WHERE id = 1")
                    .param("building", building)
                    .update();
            return building;
        });
        // Nobody reads the old generation any more but statements already running, which keep their snapshot.
        transactions.executeWithoutResult(status -> deleteAllBut(switched));
    }

    /** Takes the row exclusively, within the lock timeout, and answers the generation being built. */
    private long lockForTheSwitch() {
        String lock = "SELECT building FROM " + ReadModelGeneration.TABLE + " WHERE id = 1 FOR UPDATE";
        Long building = switch (dialect) {
            case POSTGRESQL -> {
                jdbc.sql("SET LOCAL lock_timeout = '" + lockTimeout.toMillis() + "ms'")
                        .update();
                yield jdbc.sql(lock).query(Long.class).single();
            }
            case H2 ->
                jdbc.sql(lock + " WAIT " + Math.max(1, lockTimeout.toSeconds()))
                        .query(Long.class)
                        .single();
        };
        if (building == null) {
            throw new IllegalStateException("no generation of the read models is being built; nothing was switched");
        }
        return building;
    }

    private long serving() {
        return jdbc.sql("SELECT serving FROM " + ReadModelGeneration.TABLE + " WHERE id = 1")
                .query(Long.class)
                .single();
    }

    private void deleteAllBut(long generation) {
        for (String table : TABLES) {
            jdbc.sql("DELETE FROM " + table + " WHERE generation <> :generation")
                    .param("generation", generation)
                    .update();
        }
    }
}
