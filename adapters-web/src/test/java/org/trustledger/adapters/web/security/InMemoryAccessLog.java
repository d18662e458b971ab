package org.trustledger.adapters.web.security;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.trustledger.application.port.out.AccessLog;

/** The access log in a list, for web tests. */
public final class InMemoryAccessLog implements AccessLog {
    private final List<Entry> entries = new CopyOnWriteArrayList<>();

    @Override
    public void record(Entry entry) {
        entries.add(entry);
    }

    @Override
    public List<Entry> recent(int limit) {
        return entries.reversed().stream().limit(limit).toList();
    }

    @Override
    public int forgetBefore(Instant before) {
        int size = entries.size();
        entries.removeIf(entry -> entry.at().isBefore(before)
                && !entry.action().startsWith("GET /api/v1/export/")
                && !entry.action().matches("GET /api/v1/parties/[^/]+/export.*"));
        return size - entries.size();
    }

    @Override
    public List<Entry> matching(Collection<String> actionPrefixes, Instant since, int limit) {
        return entries.stream()
                .filter(e -> !e.at().isBefore(since))
                .filter(e -> actionPrefixes.stream().anyMatch(e.action()::startsWith))
                .limit(limit)
                .toList();
    }

    public List<Entry> entries() {
        return List.copyOf(entries);
    }

    public void reset() {
        entries.clear();
    }
}
