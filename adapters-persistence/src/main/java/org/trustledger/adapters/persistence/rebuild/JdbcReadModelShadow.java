package org.trustledger.adapters.persistence.rebuild;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.trustledger.adapters.persistence.party.JdbcPartyIdentityIndex;
import org.trustledger.adapters.persistence.party.JdbcPartyViews;
import org.trustledger.adapters.persistence.readmodel.ReadModelTables;
import org.trustledger.adapters.persistence.readmodel.SqlDialect;
import org.trustledger.adapters.persistence.trust.JdbcTrustViews;
import org.trustledger.application.port.out.ReadModelShadow;

/**
 * The rebuild's tables ({@code *_rebuild}) beside the live ones, and their swap.
 *
 * <p>On PostgreSQL the swap is one transaction: it locks the live tables in EXCLUSIVE mode, which lets reads on and
 * holds writes, runs the last catch-up, renames the tables (taking ACCESS EXCLUSIVE, so reads wait only for the
 * renames) and drops the old ones. A write held on the lock has already stored its event, which the catch-up cannot
 * see, and resolves the table name again once the lock is granted, so it lands in the new table. Several nodes may run
 * on the database: the lock is the database's own, so it holds every node's writes.
 *
 * <p>On H2 renames commit by themselves, so they cannot hide in a transaction; H2 runs in this process alone, so the
 * swap waits until every connection handed out is back and hands out no other (a {@link ConnectionFence}) while it
 * catches up and renames: nobody writes between the two, and nobody reads a table half renamed.
 */
public final class JdbcReadModelShadow implements ReadModelShadow {
    private static final String RETIRED = "_retired";

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final SqlDialect dialect;
    private final ReadModelTables live;
    private final ReadModelTables shadow;
    private final Duration lockTimeout;

    /**
     * @param lockTimeout how long the swap waits for the writes and reads in flight before it gives up, leaving the
     *     live tables as they were
     */
    public JdbcReadModelShadow(DataSource dataSource, Duration lockTimeout) {
        this(dataSource, ReadModelTables.LIVE, ReadModelTables.REBUILD, lockTimeout);
    }

    JdbcReadModelShadow(DataSource dataSource, ReadModelTables live, ReadModelTables shadow, Duration lockTimeout) {
        this.dataSource = dataSource;
        this.jdbc = JdbcClient.create(dataSource);
        this.dialect = SqlDialect.of(jdbc);
        this.live = live;
        this.shadow = shadow;
        this.lockTimeout = lockTimeout;
    }

    @Override
    public Tables create() {
        discard();
        ShadowSchema.create(shadow).forEach(sql -> jdbc.sql(sql).update());
        return new BufferedTables(
                new JdbcPartyViews(jdbc, shadow),
                new JdbcPartyIdentityIndex(jdbc, shadow),
                new JdbcTrustViews(jdbc, shadow));
    }

    @Override
    public void discard() {
        for (String table : shadow.all()) {
            jdbc.sql("DROP TABLE IF EXISTS " + table).update();
        }
        for (String table : live.all()) {
            jdbc.sql("DROP TABLE IF EXISTS " + table + RETIRED).update();
        }
    }

    @Override
    public void swap(Runnable catchUp) {
        switch (dialect) {
            case POSTGRESQL -> swapInOneTransaction(catchUp);
            case H2 ->
                fence().alone(lockTimeout, () -> {
                    catchUp.run();
                    renames().forEach(sql -> jdbc.sql(sql).update());
                });
        }
    }

    private ConnectionFence fence() {
        try {
            if (dataSource.isWrapperFor(FencedDataSource.class)) {
                return dataSource.unwrap(FencedDataSource.class).fence();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the data source cannot be inspected", e);
        }
        throw new IllegalStateException(
                "on H2 every connection must pass the read models' fence, or a swap could lose a write");
    }

    private void swapInOneTransaction(Runnable catchUp) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET LOCAL lock_timeout = '" + lockTimeout.toMillis() + "ms'");
                statement.execute("LOCK TABLE " + String.join(", ", live.all()) + " IN EXCLUSIVE MODE");
                catchUp.run();
                for (String sql : renames()) {
                    statement.execute(sql);
                }
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the new read models could not be swapped in: " + e.getMessage(), e);
        }
    }

    /** The live tables out, the new ones in under their names, the old ones dropped, the indexes renamed after them. */
    private List<String> renames() {
        List<String> sql = new ArrayList<>();
        for (String table : live.all()) {
            sql.add("ALTER TABLE " + table + " RENAME TO " + table + RETIRED);
        }
        List<String> liveNames = live.all();
        List<String> shadowNames = shadow.all();
        for (int i = 0; i < liveNames.size(); i++) {
            sql.add("ALTER TABLE " + shadowNames.get(i) + " RENAME TO " + liveNames.get(i));
        }
        for (String table : live.all()) {
            sql.add("DROP TABLE " + table + RETIRED);
        }
        for (String index : ShadowSchema.indexes()) {
            sql.add("ALTER INDEX " + index + ShadowSchema.SUFFIX + " RENAME TO " + index);
        }
        if (dialect == SqlDialect.POSTGRESQL) {
            // The primary keys' indexes are named after their table; renaming one renames its constraint too.
            for (int i = 0; i < liveNames.size(); i++) {
                sql.add("ALTER INDEX " + shadowNames.get(i) + "_pkey RENAME TO " + liveNames.get(i) + "_pkey");
            }
        }
        return sql;
    }
}
