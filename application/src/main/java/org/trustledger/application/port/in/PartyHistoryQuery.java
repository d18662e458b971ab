package org.trustledger.application.port.in;

import java.util.stream.Stream;
import org.trustledger.domain.party.PartyId;

/** Reads a party's stored history, oldest first, as it streams from the store. */
public interface PartyHistoryQuery {

    /**
     * The party's entries, fetched a batch at a time as the stream is read, so that no history is held whole; empty for
     * an unknown party. Close it when done.
     */
    Stream<HistoryEntry> entries(PartyId partyId);
}
