package org.trustledger.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A party's rows as an earlier version stored them, older shapes and seals included, written straight into the event
 * table as that version left them.
 */
final class StoredHistoryRows {
    /** The party of {@code sealed-party-before-staff-notes.jsonl}: two troubles, one from before staff notes. */
    static final String PARTY_BEFORE_STAFF_NOTES = "7c1e5d2a-4b3f-4e6a-9d8c-1a2b3c4d5e6f";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private StoredHistoryRows() {}

    static void insertPartyBeforeStaffNotes(JdbcTemplate jdbc) {
        try (InputStream in =
                StoredHistoryRows.class.getResourceAsStream("/stored-history/sealed-party-before-staff-notes.jsonl")) {
            assertThat(in).isNotNull();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                JsonNode row = JSON.readTree(line);
                jdbc.update(
                        "INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type,"
                                + " time_stamp, payload_type, payload_revision, payload, meta_data)"
                                + " VALUES (?, ?, ?, 'PartyAggregate', ?, ?, ?, ?, ?)",
                        UUID.randomUUID().toString(),
                        PARTY_BEFORE_STAFF_NOTES,
                        row.get("sequence").asLong(),
                        row.get("timestamp").asString(),
                        row.get("type").asString(),
                        row.get("revision").isNull()
                                ? null
                                : row.get("revision").asString(),
                        row.get("payload").asString().getBytes(StandardCharsets.UTF_8),
                        row.get("metaData").asString().getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
