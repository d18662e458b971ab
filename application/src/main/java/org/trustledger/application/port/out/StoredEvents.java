package org.trustledger.application.port.out;

import java.util.stream.Stream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;

/**
 * The stored events in the order of their global index, read a page at a time, for replaying them into projections:
 * an index skipped because its write had not committed yet is read when it has, however far the reader has gone.
 */
public interface StoredEvents {

    /** The events after {@code token} (null: from the first), as far as they are stored; closing it frees the reader. */
    Stream<? extends TrackedEventMessage<?>> after(TrackingToken token);

    /** How many events are stored now. */
    long count();
}
