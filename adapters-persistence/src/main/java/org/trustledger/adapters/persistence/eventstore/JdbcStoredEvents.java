package org.trustledger.adapters.persistence.eventstore;

import java.util.stream.Stream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.trustledger.application.port.out.StoredEvents;

/**
 * The stored events for a replay, through an Axon JDBC engine of its own over the same tables, serializer and
 * upcasters: it reads by global index a page at a time, and keeps every index it skipped (a write not yet committed)
 * however far it reads past it, until the events around it are older than any transaction may run.
 */
public final class JdbcStoredEvents implements StoredEvents {
    private final JdbcEventStorageEngine engine;
    private final JdbcClient jdbc;

    public JdbcStoredEvents(JdbcEventStorageEngine engine, JdbcClient jdbc) {
        this.engine = engine;
        this.jdbc = jdbc;
    }

    @Override
    public Stream<? extends TrackedEventMessage<?>> after(TrackingToken token) {
        return engine.readEvents(token, false);
    }

    @Override
    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM domain_event_entry")
                .query(Long.class)
                .single();
    }
}
