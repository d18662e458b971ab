package org.trustledger.adapters.persistence.eventstore;

import javax.sql.DataSource;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Builds the product's event storage engine, configured as the product configures it, for benchmarks that run it
 * without Spring; it lives in the configuration's package so the snapshot serializer stays package-private.
 */
public final class EventStores {
    private EventStores() {}

    /** The product's JDBC engine over a migrated database: stable event names, snapshots of the aggregate's fields. */
    public static JdbcEventStorageEngine engine(DataSource dataSource) {
        return configured(dataSource).build();
    }

    /** The serializer the product stores events with, which the product's event sealing hashes. */
    public static Serializer eventSerializer() {
        return new EventStoreConfiguration().eventSerializer();
    }

    /** The stored events as the product's rebuild reads them: its own engine, a thousand events to a query. */
    public static JdbcStoredEvents replay(DataSource dataSource) {
        return new JdbcStoredEvents(
                EventStoreConfiguration.replaying(configured(dataSource)), JdbcClient.create(dataSource));
    }

    private static JdbcEventStorageEngine.Builder configured(DataSource dataSource) {
        EventStoreConfiguration configuration = new EventStoreConfiguration();
        return JdbcEventStorageEngine.builder()
                .eventSerializer(configuration.eventSerializer())
                .upcasterChain(EventStoreConfiguration.upcasters())
                .snapshotSerializer(EventStoreConfiguration.snapshotSerializer())
                .persistenceExceptionResolver(new UniqueKeyViolations())
                .connectionProvider(dataSource::getConnection)
                .transactionManager(NoTransactionManager.INSTANCE)
                .schema(configuration.eventSchema());
    }
}
