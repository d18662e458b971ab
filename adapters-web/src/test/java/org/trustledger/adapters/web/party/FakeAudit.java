package org.trustledger.adapters.web.party;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.trustledger.application.port.in.IntegrityCheck;
import org.trustledger.application.port.in.LedgerCheckpointing;
import org.trustledger.application.port.in.LedgerExport;
import org.trustledger.domain.UnknownPartyException;
import org.trustledger.domain.party.PartyId;

/**
 * Stands in for the event store's export, integrity check and checkpoints: the entries a test puts in, all sealed, and
 * one checkpoint over them.
 */
public final class FakeAudit implements LedgerExport, IntegrityCheck, LedgerCheckpointing {
    static final String SEAL = "ab".repeat(32);

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
        return new PartyIntegrity(true, events, events, null, null, null, null);
    }

    @Override
    public LedgerIntegrity ledger(KeptCheckpoint kept) {
        Checkpoint latest = checkpoint();
        return new LedgerIntegrity(
                true,
                entries.size(),
                entries.stream().map(ExportedEntry::partyId).distinct().count(),
                List.of(),
                new CheckpointChain(
                        true,
                        null,
                        latest,
                        false,
                        kept == null ? null : kept.hash().equals(latest.hash())));
    }

    @Override
    public ReceiptCheck receipt(PartyId partyId, long sequence, String seal) {
        party(partyId);
        return SEAL.equals(seal)
                ? new ReceiptCheck(true, null, null)
                : new ReceiptCheck(false, Finding.SEAL_MISMATCH, sequence);
    }

    @Override
    public Optional<Checkpoint> checkpoint(boolean force) {
        return Optional.of(checkpoint());
    }

    @Override
    public Optional<Checkpoint> latest() {
        return Optional.of(checkpoint());
    }

    private Checkpoint checkpoint() {
        return new Checkpoint(1, Instant.parse("2026-03-01T00:00:00Z"), entries.size() - 1L, 0, "", SEAL);
    }
}
