package org.trustledger.bootstrap;

import java.nio.file.Files;
import java.nio.file.Path;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcSQLErrorCodesResolver;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.h2.jdbcx.JdbcDataSource;
import org.trustledger.adapters.persistence.eventstore.EventStoreConfiguration;
import org.trustledger.application.service.ExportService;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Exports a whole ledger from an H2 file in a JVM of its own, started with a small heap by
 * {@link LedgerExportMemoryTest}, and writes how many events and bytes it exported to a file.
 */
final class LedgerExportProbe {
    private LedgerExportProbe() {}

    public static void main(String[] args) throws Exception {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(args[0]);
        EventStoreConfiguration configuration = new EventStoreConfiguration();
        PersistenceExceptionResolver resolver = new JdbcSQLErrorCodesResolver();
        JdbcEventStorageEngine engine = JdbcEventStorageEngine.builder()
                .eventSerializer(configuration.eventSerializer())
                .upcasterChain(EventStoreConfiguration.upcasters())
                .snapshotSerializer(Jackson3Serializer.builder().build())
                .connectionProvider(dataSource::getConnection)
                .transactionManager(NoTransactionManager.INSTANCE)
                .persistenceExceptionResolver(resolver)
                .schema(configuration.eventSchema())
                .build();
        EmbeddedEventStore store =
                EmbeddedEventStore.builder().storageEngine(engine).build();
        JsonMapper json = JsonMapper.builder().build();
        long[] bytes = {0};
        long events = new ExportService(store).ledger(e -> {
            // One line as the export writes it, then forgotten: only the running totals are kept.
            ObjectNode line = json.createObjectNode();
            line.put("partyId", e.partyId().toString());
            line.put("sequence", e.entry().sequence());
            line.put("type", e.entry().type());
            line.set("data", json.valueToTree(e.entry().event()));
            bytes[0] += json.writeValueAsBytes(line).length + 1;
        });
        store.shutDown();
        Files.writeString(Path.of(args[1]), events + " " + bytes[0]);
    }
}
