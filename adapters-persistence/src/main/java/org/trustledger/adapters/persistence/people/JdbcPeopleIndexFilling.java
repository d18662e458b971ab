package org.trustledger.adapters.persistence.people;

import java.time.Instant;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.trustledger.adapters.persistence.readmodel.ReadModelGeneration;
import org.trustledger.application.port.out.PeopleIndexFilling;

/** The one row of {@code people_index_fill} (V36), which the migration fills for a ledger with no events yet. */
@Repository
class JdbcPeopleIndexFilling implements PeopleIndexFilling {
    private final JdbcClient jdbc;

    JdbcPeopleIndexFilling(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean filled() {
        return jdbc.sql("SELECT COUNT(*) FROM people_index_fill WHERE id = 1 AND filled_at IS NOT NULL")
                        .query(Long.class)
                        .single()
                > 0;
    }

    @Override
    public void markFilled(Instant at) {
        // The first time stays: it says since when the index has been whole.
        jdbc.sql("UPDATE people_index_fill SET filled_at = :at WHERE id = 1 AND filled_at IS NULL")
                .param("at", at.atOffset(ZoneOffset.UTC))
                .update();
    }

    @Override
    public long appearances() {
        return jdbc.sql("SELECT COUNT(*) FROM person_appearance WHERE generation = " + ReadModelGeneration.SERVING)
                .query(Long.class)
                .single();
    }
}
