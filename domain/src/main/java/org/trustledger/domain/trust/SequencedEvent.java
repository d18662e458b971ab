package org.trustledger.domain.trust;

import java.util.ArrayList;
import java.util.List;
import org.trustledger.domain.InvalidValueException;
import org.trustledger.domain.party.PartyEvent;

/** A party event with its position in the party's history, so that reasons can point at it; positions start at 1. */
public record SequencedEvent(long sequence, PartyEvent event) {
    public SequencedEvent {
        if (sequence < 1) {
            throw new InvalidValueException("sequence", "event sequences start at 1, got " + sequence);
        }
        InvalidValueException.requireValue("event", event);
    }

    /** Numbers a history given oldest first as 1, 2, 3, …, the way the event store numbers it. */
    public static List<SequencedEvent> numbered(List<? extends PartyEvent> history) {
        List<SequencedEvent> numbered = new ArrayList<>(history.size());
        for (PartyEvent event : history) {
            numbered.add(new SequencedEvent(numbered.size() + 1L, event));
        }
        return List.copyOf(numbered);
    }
}
