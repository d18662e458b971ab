package org.trustledger.adapters.persistence.staff;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    public List<Entry> matching(Collection<String> actionPrefixes, Instant since, int limit) {
        if (actionPrefixes.isEmpty()) {
            return List.of();
        }
        List<String> prefixes = List.copyOf(actionPrefixes);
        Map<String, Object> params = new HashMap<>();
        List<String> alternatives = new ArrayList<>();
        for (int i = 0; i < prefixes.size(); i++) {
            alternatives.add("action LIKE :prefix" + i + " ESCAPE '\\'");
            params.put(
                    "prefix" + i,
                    prefixes.get(i).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        params.put("since", since.atOffset(ZoneOffset.UTC));
        return jdbc.sql("SELECT username, action, at FROM access_log WHERE at >= :since AND ("
                        + String.join(" OR ", alternatives) + ") ORDER BY at, id")
                .params(params)
                .withMaxRows(limit)
                .query((rs, n) -> new Entry(
                        rs.getString("username"),
                        rs.getString("action"),
                        rs.getObject("at", OffsetDateTime.class).toInstant()))
                .list();
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
        // The exports' entries are what a person is told about to whom their data was handed, so they stay.
        return jdbc.sql("DELETE FROM access_log WHERE at < :before AND action NOT LIKE 'GET /api/v1/export/%'"
                        + " AND action NOT LIKE 'GET /api/v1/parties/%/export%'")
                .param("before", before.atOffset(ZoneOffset.UTC))
                .update();
    }
}
