package org.trustledger.benchmarks;

import javax.sql.DataSource;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.trustledger.adapters.persistence.eventstore.EventStoreConfiguration;
import org.trustledger.adapters.persistence.eventstore.JdbcStoredEvents;

/**
 * The product's event storage engine with the product's own settings, for benchmarks that run it without Spring: each
 * statement on a connection of its own from the pool, outside any transaction manager.
 */
final class EventStores {
    private EventStores() {}

    /** The product's JDBC engine over a migrated database: stable event names, snapshots of the aggregate's fields. */
    static JdbcEventStorageEngine engine(DataSource dataSource) {
        return configured(dataSource).build();
    }

    /** The serializer the product stores events with, which the product's event sealing hashes. */
    static Serializer eventSerializer() {
        return new EventStoreConfiguration().eventSerializer();
    }

    /** The stored events as the product's rebuild reads them: its own engine, a thousand events to a query. */
    static JdbcStoredEvents replay(DataSource dataSource) {
        return EventStoreConfiguration.replay(configured(dataSource), dataSource);
    }

    private static JdbcEventStorageEngine.Builder configured(DataSource dataSource) {
        return EventStoreConfiguration.liveEngine(dataSource::getConnection, NoTransactionManager.INSTANCE);
    }
}
