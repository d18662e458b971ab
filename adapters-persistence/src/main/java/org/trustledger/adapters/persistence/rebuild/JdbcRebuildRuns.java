package org.trustledger.adapters.persistence.rebuild;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.trustledger.application.port.in.RebuildProgress;
import org.trustledger.application.port.out.RebuildRuns;

/** One row per rebuild, updated as it goes. */
@Repository
class JdbcRebuildRuns implements RebuildRuns {
    private static final int MAX_FAILURE = 2000;

    private final JdbcClient jdbc;

    JdbcRebuildRuns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void save(RebuildProgress p) {
        String failure = p.failure() == null || p.failure().length() <= MAX_FAILURE
                ? p.failure()
                : p.failure().substring(0, MAX_FAILURE);
        int updated = jdbc.sql(
                        "UPDATE read_model_rebuild SET state = :state, phase = :phase, events_done = :eventsDone,"
                                + " events_total = :eventsTotal, parties_done = :partiesDone, parties_total = :partiesTotal,"
                                + " phase_started_at = :phaseStartedAt, updated_at = :updatedAt, finished_at = :finishedAt,"
                                + " failure = :failure WHERE id = :id")
                .param("state", p.state().name())
                .param("phase", p.phase().name())
                .param("eventsDone", p.eventsDone())
                .param("eventsTotal", p.eventsTotal())
                .param("partiesDone", p.partiesDone())
                .param("partiesTotal", p.partiesTotal())
                .param("phaseStartedAt", utc(p.phaseStartedAt()))
                .param("updatedAt", utc(p.updatedAt()))
                .param("finishedAt", utc(p.finishedAt()))
                .param("failure", failure)
                .param("id", p.id().toString())
                .update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO read_model_rebuild (id, state, phase, requested_by, events_done, events_total,"
                            + " parties_done, parties_total, started_at, phase_started_at, updated_at, finished_at,"
                            + " failure) VALUES (:id, :state, :phase, :requestedBy, :eventsDone, :eventsTotal,"
                            + " :partiesDone, :partiesTotal, :startedAt, :phaseStartedAt, :updatedAt, :finishedAt,"
                            + " :failure)")
                    .param("id", p.id().toString())
                    .param("state", p.state().name())
                    .param("phase", p.phase().name())
                    .param("requestedBy", p.requestedBy())
                    .param("eventsDone", p.eventsDone())
                    .param("eventsTotal", p.eventsTotal())
                    .param("partiesDone", p.partiesDone())
                    .param("partiesTotal", p.partiesTotal())
                    .param("startedAt", utc(p.startedAt()))
                    .param("phaseStartedAt", utc(p.phaseStartedAt()))
                    .param("updatedAt", utc(p.updatedAt()))
                    .param("finishedAt", utc(p.finishedAt()))
                    .param("failure", failure)
                    .update();
        }
    }

    @Override
    public Optional<RebuildProgress> find(UUID id) {
        return jdbc.sql("SELECT * FROM read_model_rebuild WHERE id = :id")
                .param("id", id.toString())
                .query(JdbcRebuildRuns::row)
                .optional();
    }

    @Override
    public Optional<RebuildProgress> latest() {
        return jdbc.sql("SELECT * FROM read_model_rebuild ORDER BY started_at DESC, id LIMIT 1")
                .query(JdbcRebuildRuns::row)
                .optional();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }

    private static RebuildProgress row(ResultSet rs, int n) throws SQLException {
        return new RebuildProgress(
                UUID.fromString(rs.getString("id")),
                RebuildProgress.State.valueOf(rs.getString("state")),
                RebuildProgress.Phase.valueOf(rs.getString("phase")),
                rs.getString("requested_by"),
                rs.getLong("events_done"),
                rs.getLong("events_total"),
                rs.getLong("parties_done"),
                rs.getLong("parties_total"),
                instant(rs, "started_at"),
                instant(rs, "phase_started_at"),
                instant(rs, "updated_at"),
                instant(rs, "finished_at"),
                rs.getString("failure"));
    }
}
