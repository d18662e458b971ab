package org.trustledger.application.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What auditors read (history, past states, exports), kept so managers can see who looked at what and when, for as long
 * as its retention: a search keeps the name or number searched for.
 */
public interface AccessLog {

    void record(Entry entry);

    /** The most recent entries first. */
    List<Entry> recent(int limit);

    /** Forgets the entries of reads before {@code before}; how many were forgotten. */
    int forgetBefore(Instant before);

    /** One read: who, what (method and path with its query) and when. */
    record Entry(String username, String action, Instant at) {
        public Entry {
            Objects.requireNonNull(username, "username");
            Objects.requireNonNull(action, "action");
            Objects.requireNonNull(at, "at");
        }
    }
}
