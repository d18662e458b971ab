package org.trustledger.adapters.persistence.staff;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.trustledger.application.port.out.AccessLog;

/** The auditors' reads, appended to a table, listed newest first and forgotten after their retention. */
@Repository
class JdbcAccessLog implements AccessLog {
    private final JdbcClient jdbc;

    JdbcAccessLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void record(Entry entry) {
        jdbc.sql("INSERT INTO access_log (username, action, at) VALUES (:username, :action, :at)")
                .param("username", entry.username())
                .param("action", entry.action())
                .param("at", entry.at().atOffset(ZoneOffset.UTC))
                .update();
    }

    @Override
    public List<Entry> recent(int limit) {
        return jdbc.sql("SELECT username, action, at FROM access_log ORDER BY at DESC, id DESC")
                .withMaxRows(limit)
                .query((rs, n) -> new Entry(
                        rs.getString("username"),
                        rs.getString("action"),
                        rs.getObject("at", OffsetDateTime.class).toInstant()))
                .list();
    }

    @Override
    public int forgetBefore(Instant before) {
        return jdbc.sql("DELETE FROM access_log WHERE at < :before")
                .param("before", before.atOffset(ZoneOffset.UTC))
                .update();
    }
}
