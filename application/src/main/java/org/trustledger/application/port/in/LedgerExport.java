package org.trustledger.application.port.in;

import java.util.function.Consumer;
import org.trustledger.domain.party.PartyId;

/**
 * Hands stored events one at a time, read from the event store in pages, so that a party's history or the whole ledger
 * is exported in constant memory however long it is.
 */
public interface LedgerExport {

    /** One stored event of the ledger with the party it belongs to. */
    record ExportedEntry(PartyId partyId, HistoryEntry entry) {}

    /**
     * The party's events, oldest first.
     *
     * @throws org.trustledger.domain.UnknownPartyException before any entry when no such party is registered
     */
    void party(PartyId partyId, Consumer<ExportedEntry> sink);

    /** Every stored event of every party, in the order they were stored; returns how many were handed over. */
    long ledger(Consumer<ExportedEntry> sink);
}
