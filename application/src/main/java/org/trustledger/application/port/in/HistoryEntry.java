package org.trustledger.application.port.in;

import java.time.Instant;
import org.trustledger.domain.party.PartyEvent;

/**
 * One stored event of a party's history with who recorded it and when.
 *
 * @param sequence 1 for the party's first event, counting up without gaps
 * @param type the event's stable stored name
 */
public record HistoryEntry(
        long sequence, String type, Instant recordedAt, String recordedBy, String correlationId, PartyEvent event) {}
