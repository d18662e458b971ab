package org.trustledger.benchmarks;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.trustledger.adapters.persistence.party.JdbcPartyIdentityIndex;
import org.trustledger.adapters.persistence.party.JdbcPartyViews;
import org.trustledger.adapters.persistence.support.TestDatabases;
import org.trustledger.adapters.persistence.support.TestDatabases.Kind;
import org.trustledger.application.port.out.PartyIdentityIndex;
import org.trustledger.application.port.out.PartyIdentityIndexWriter;
import org.trustledger.application.port.out.PartyViews;

/**
 * A new database migrated by the product's own scripts and filled with a ledger through the product's own
 * read-model and identity-index adapters, written as the party projection writes them, so that the identity-key
 * index holds exactly the rows the product would.
 * Connections come from a HikariCP pool, as in the product: without one, every statement would open a connection.
 */
final class SeededDatabase implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SeededDatabase.class);

    /** Large enough that commits do not dominate the load, small enough to keep each transaction modest. */
    private static final int PARTIES_PER_TRANSACTION = 2_000;

    private final HikariDataSource pool;
    private final JdbcClient jdbc;
    private long identityKeys;

    private SeededDatabase(HikariDataSource pool) {
        this.pool = pool;
        this.jdbc = JdbcClient.create(pool);
    }

    static SeededDatabase of(Kind kind, Ledger ledger) {
        return of(TestDatabases.migrated(kind), kind.name(), ledger.parties());
    }

    /** The parties saved into a database already migrated by the product's scripts, such as one the product will use. */
    static SeededDatabase of(DataSource migrated, String name, List<Ledger.Party> parties) {
        HikariConfig config = new HikariConfig();
        config.setDataSource(migrated);
        config.setPoolName("benchmark-" + name.toLowerCase(Locale.ROOT));
        config.setMaximumPoolSize(4);
        SeededDatabase database = new SeededDatabase(new HikariDataSource(config));
        database.load(name, parties);
        return database;
    }

    /** The pooled connections, for writing the same parties' events. */
    DataSource dataSource() {
        return pool;
    }

    PartyIdentityIndex identityIndex() {
        return new JdbcPartyIdentityIndex(jdbc);
    }

    /** The rows in the identity-key index after the load. */
    long identityKeys() {
        return identityKeys;
    }

    private void load(String name, List<Ledger.Party> parties) {
        long started = System.nanoTime();
        PartyViews views = new JdbcPartyViews(jdbc);
        PartyIdentityIndexWriter index = new JdbcPartyIdentityIndex(jdbc);
        TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(pool));
        for (int from = 0; from < parties.size(); from += PARTIES_PER_TRANSACTION) {
            List<Ledger.Party> batch = parties.subList(from, Math.min(parties.size(), from + PARTIES_PER_TRANSACTION));
            transaction.executeWithoutResult(status -> batch.forEach(party -> {
                views.save(party.view());
                index.add(
                        party.view().partyId(),
                        party.view().details().identity().indexKeys());
            }));
        }
        // A freshly loaded table has no statistics yet; a database that grew to this size over years would have them.
        jdbc.sql("ANALYZE").update();
        identityKeys = jdbc.sql("SELECT COUNT(*) FROM party_identity_key")
                .query(Long.class)
                .single();
        LOG.info(String.format(
                "%s: saved %d parties (%d identity keys) as the party projection does in %.1f s",
                name, parties.size(), identityKeys, (System.nanoTime() - started) / 1e9));
    }

    @Override
    public void close() {
        pool.close();
    }
}
