package org.trustledger.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.axonframework.serialization.Serializer;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trustledger.adapters.persistence.eventstore.EventStoreConfiguration;
import org.trustledger.domain.party.PartyEvent.TroubleLogged;
import org.trustledger.domain.party.PartyId;
import org.trustledger.domain.party.Severity;
import org.trustledger.domain.party.TroubleCategory;

/**
 * The ledger export holds no more than a page of events: a ledger far larger than the heap, once read into memory,
 * exports in a JVM whose heap is capped at 64 MB.
 */
class LedgerExportMemoryTest {
    private static final int PARTIES = 400;
    private static final int EVENTS_PER_PARTY = 300;

    @TempDir
    Path dir;

    @Test
    void aLedgerLargerThanTheHeap_exportsWithA64MbHeap() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("ledger").toAbsolutePath();
        seed(url);

        Path result = dir.resolve("result.txt");
        Process probe = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx64m",
                        "-cp",
                        System.getProperty("java.class.path"),
                        LedgerExportProbe.class.getName(),
                        url,
                        result.toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("probe.log").toFile())
                .start();
        // A bound on a hung export, not on speed: on a busy shared machine three minutes were once not enough.
        boolean finished = probe.waitFor(15, TimeUnit.MINUTES);
        if (!finished) {
            probe.destroyForcibly();
        }

        assertThat(finished).as("the export finished").isTrue();
        assertThat(probe.exitValue())
                .as(Files.readString(dir.resolve("probe.log")))
                .isZero();
        String[] totals = Files.readString(result).split(" ");
        assertThat(Long.parseLong(totals[0])).isEqualTo((long) PARTIES * EVENTS_PER_PARTY);
        // More than the whole heap as text alone, and more again as objects: it can only have been streamed.
        assertThat(Long.parseLong(totals[1])).isGreaterThan(64L * 1024 * 1024);
    }

    private static void seed(String url) throws Exception {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(url);
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration/common", "classpath:db/migration/h2")
                .load()
                .migrate();
        Serializer serializer = new EventStoreConfiguration().eventSerializer();
        String description = "戸建てプランで契約された。".repeat(12);
        Instant start = Instant.parse("2025-01-01T00:00:00Z");
        try (Connection c = dataSource.getConnection();
                PreparedStatement insert = c.prepareStatement(
                        "INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type,"
                                + " time_stamp, payload_type, payload, meta_data) VALUES (?, ?, ?, 'PartyAggregate', ?,"
                                + " 'TroubleLogged', ?, ?)")) {
            c.setAutoCommit(false);
            byte[] metaData = "{}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
            for (int p = 0; p < PARTIES; p++) {
                PartyId party = new PartyId(UUID.randomUUID());
                for (int s = 0; s < EVENTS_PER_PARTY; s++) {
                    Instant at = start.plusSeconds(60L * s);
                    TroubleLogged event =
                            new TroubleLogged(party, TroubleCategory.WRONG_PLAN, Severity.MINOR, description, null, at);
                    insert.setString(1, UUID.randomUUID().toString());
                    insert.setString(2, party.toString());
                    insert.setLong(3, s);
                    insert.setString(4, at.toString());
                    insert.setBytes(5, serializer.serialize(event, byte[].class).getData());
                    insert.setBytes(6, metaData);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            c.commit();
        }
    }
}
