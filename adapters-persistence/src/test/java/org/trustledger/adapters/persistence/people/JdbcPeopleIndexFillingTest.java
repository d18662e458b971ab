package org.trustledger.adapters.persistence.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.trustledger.adapters.persistence.support.TestDatabases;
import org.trustledger.adapters.persistence.support.TestDatabases.Kind;

/**
 * A ledger upgraded with events stored before the people index existed waits for the index to be filled; a new one,
 * with nothing to file, is filled from the start; the mark keeps the first time.
 */
class JdbcPeopleIndexFillingTest {
    static final Instant T0 = Instant.parse("2026-03-01T01:00:00Z");

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aNewLedger_isFilledFromTheStart(Kind kind) {
        JdbcClient jdbc = JdbcClient.create(TestDatabases.migrated(kind));

        assertThat(new JdbcPeopleIndexFilling(jdbc).filled()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aLedgerWithEventsFromBeforeTheIndex_waitsForItsFill_whichIsMarkedOnce(Kind kind) {
        DataSource dataSource = TestDatabases.blank(kind);
        migrate(dataSource, kind, "35");
        JdbcClient jdbc = JdbcClient.create(dataSource);
        jdbc.sql("""
                INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type,
                                                time_stamp, payload_type, payload)
                VALUES ('e1', '6f9a3c1e-0b7d-4d2a-9f43-1c2b3d4e5f61', 0, 'PartyAggregate', '2026-03-01T01:00:00Z',
                        'PartyRegistered', :payload)""").param("payload", "{}".getBytes()).update();
        migrate(dataSource, kind, "latest");
        JdbcPeopleIndexFilling filling = new JdbcPeopleIndexFilling(jdbc);

        assertThat(filling.filled()).isFalse();

        filling.markFilled(T0);
        filling.markFilled(T0.plusSeconds(3600));

        assertThat(filling.filled()).isTrue();
        assertThat(jdbc.sql("SELECT filled_at FROM people_index_fill")
                        .query((rs, n) -> rs.getObject(1, OffsetDateTime.class).toInstant())
                        .single())
                .isEqualTo(T0);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void theAppearancesCounted_areTheServingGenerationsOnly(Kind kind) {
        JdbcClient jdbc = JdbcClient.create(TestDatabases.migrated(kind));
        long serving = jdbc.sql("SELECT serving FROM read_model_generation")
                .query(Long.class)
                .single();
        for (long generation : new long[] {serving, serving, serving + 1}) {
            jdbc.sql("""
                    INSERT INTO person_appearance (person_id, generation, party_id, sequence, role, name, name_key,
                                                   name_reading, phones, recorded_at)
                    VALUES (:person, :generation, 'p', 1, 'CALLER', NULL, 'k', 'r', ' ', :at)""")
                    .param("person", UUID.randomUUID().toString())
                    .param("generation", generation)
                    .param("at", T0.atOffset(ZoneOffset.UTC))
                    .update();
        }

        assertThat(new JdbcPeopleIndexFilling(jdbc).appearances()).isEqualTo(2);
    }

    private static void migrate(DataSource dataSource, Kind kind, String target) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations(
                        "classpath:db/migration/common",
                        "classpath:db/migration/" + (kind == Kind.H2 ? "h2" : "postgresql"))
                .target(target)
                .load()
                .migrate();
    }
}
