package org.trustledger.application.port.in;

import java.util.List;
import org.trustledger.domain.trust.Reason;

/**
 * How one reason of a party's status changed with an entry, with the events it came to rest on or no longer rests on.
 *
 * @param reason the reason as it stands after the entry, or as it stood before it when it went away
 * @param eventsAdded the sequences of the events the reason rests on now and did not before
 * @param eventsDropped the sequences of the events the reason rested on before and no longer does
 */
public record ReasonChange(Kind kind, Reason reason, List<Long> eventsAdded, List<Long> eventsDropped) {
    public ReasonChange {
        eventsAdded = List.copyOf(eventsAdded);
        eventsDropped = List.copyOf(eventsDropped);
    }

    /** Whether the reason appeared, changed its text or events, or went away. */
    public enum Kind {
        ADDED,
        CHANGED,
        DROPPED
    }
}
