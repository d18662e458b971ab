package org.trustledger.application.port.out;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * What auditors read (history, past states, exports) and every export whoever took it, kept so managers can see who
 * looked at what and when, and a person can be told to whom their data was handed: reads for as long as their
 * retention (a search keeps the name or number searched for), exports for good.
 */
public interface AccessLog {

    void record(Entry entry);

    /** The most recent entries first. */
    List<Entry> recent(int limit);

    /** Forgets the entries of reads before {@code before}, exports apart; how many were forgotten. */
    int forgetBefore(Instant before);

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
