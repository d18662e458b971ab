package org.trustledger.application.port.out;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * What auditors read (history, past states, exports) and every export whoever took it, kept so managers can see who
 * looked at what and when, and a person can be told to whom their data was handed.
 */
public interface AccessLog {

    void record(Entry entry);

    /** The most recent entries first. */
    List<Entry> recent(int limit);

    /** The entries at or after {@code since} whose action begins with one of {@code actionPrefixes}, oldest first. */
    List<Entry> matching(Collection<String> actionPrefixes, Instant since, int limit);

    /** One read: who, what (method and path with its query) and when. */
    record Entry(String username, String action, Instant at) {
        public Entry {
            Objects.requireNonNull(username, "username");
            Objects.requireNonNull(action, "action");
            Objects.requireNonNull(at, "at");
        }
    }
}
