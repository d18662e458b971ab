package org.trustledger.adapters.web.party;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.trustledger.application.port.in.IntegrityCheck;
import org.trustledger.application.port.in.LedgerExport;
import org.trustledger.domain.UnknownPartyException;
import org.trustledger.domain.party.PartyId;

/** Stands in for the event store's export and integrity check: the entries a test puts in, all sealed. */
public final class FakeAudit implements LedgerExport, IntegrityCheck {
    private final List<ExportedEntry> entries = new CopyOnWriteArrayList<>();

    public void put(ExportedEntry entry) {
        entries.add(entry);
    }

    public void reset() {
        entries.clear();
    }

    @Override
    public void party(PartyId partyId, Consumer<ExportedEntry> sink) {
        List<ExportedEntry> own =
                entries.stream().filter(e -> e.partyId().equals(partyId)).toList();
        if (own.isEmpty()) {
            throw new UnknownPartyException(partyId.value());
        }
        own.forEach(sink);
    }

    @Override
    public long ledger(Consumer<ExportedEntry> sink) {
        entries.forEach(sink);
        return entries.size();
    }

    @Override
    public PartyIntegrity party(PartyId partyId) {
        long events = entries.stream().filter(e -> e.partyId().equals(partyId)).count();
        if (events == 0) {
            throw new UnknownPartyException(partyId.value());
        }
        return new PartyIntegrity(true, events, events, null);
    }

    @Override
    public LedgerIntegrity ledger() {
        return new LedgerIntegrity(
                true,
                entries.size(),
                entries.stream().map(ExportedEntry::partyId).distinct().count(),
                List.of());
    }
}
