package org.trustledger.application.port.in;

import java.time.Instant;
import java.util.List;
import org.trustledger.domain.party.PartyId;

/** Checks stored events against the seals they were stored with, for an auditor asking whether anyone changed them. */
public interface IntegrityCheck {

    /** What the check found wrong with a party's chain, or that it cannot prove. */
    enum Finding {
        /** An event no longer matches its seal: its content, metadata, time, or an event before it changed. */
        SEAL_MISMATCH,
        /** An event that must carry a seal carries none: stored after sealing began, or after a sealed event. */
        SEAL_MISSING,
        /** A seal that is no SHA-256 in hex. */
        SEAL_MALFORMED,
        /** The events' sequence numbers skip or repeat one: a row was removed or copied. */
        SEQUENCE_GAP,
        /** A row that no longer reads. */
        UNREADABLE,
        /** The party has fewer events than the latest checkpoint recorded: its last events were removed. */
        TRUNCATED,
        /** The event the latest checkpoint recorded as the party's head now carries another seal. */
        CHECKPOINT_MISMATCH,
        /** Events stored before sealing began: nothing is broken, and nothing proves them either. */
        UNSEALED
    }

    /**
     * A party's chain of seals.
     *
     * @param valid true only when every event is sealed and matches, and the latest checkpoint agrees
     * @param events how many events the party has
     * @param sealed how many of them carry a seal
     * @param firstBrokenSequence the first event where the chain breaks, or null when it does not
     * @param finding why the chain breaks, {@link Finding#UNSEALED} when it only cannot be proven, or null
     * @param unsealed the events stored before sealing began, or null when there are none
     * @param checkpoint the party's head in the latest checkpoint that names it, or null when none does yet
     */
    record PartyIntegrity(
            boolean valid,
            long events,
            long sealed,
            Long firstBrokenSequence,
            Finding finding,
            Unsealed unsealed,
            CheckpointedHead checkpoint) {}

    /** Events stored before sealing began, by count and by the positions of the first and last of them. */
    record Unsealed(long count, long firstSequence, long lastSequence) {}

    /** A party's last event as a checkpoint recorded it: its sequence and its seal (null for an unsealed one). */
    record CheckpointedHead(long checkpointNumber, long sequence, String seal) {}

    /**
     * Every party's chain, checked in one pass over the store, against the chain of checkpoints.
     *
     * @param valid true when no party's chain breaks, no event is unsealed and the checkpoints agree with the store
     * @param parties every party that is not fully valid, with the reason
     * @param checkpoints what the chain of checkpoints says, or null before the first checkpoint
     */
    record LedgerIntegrity(
            boolean valid, long events, long parties, List<PartyBreak> broken, CheckpointChain checkpoints) {}

    /** Where one party's chain broke, or what of it cannot be proven. */
    record PartyBreak(PartyId partyId, Long firstBrokenSequence, Finding finding, Unsealed unsealed) {}

    /**
     * The chain of checkpoints as the ledger check found it.
     *
     * @param valid whether every checkpoint's hash still matches its content and the one before it
     * @param firstBrokenNumber the first checkpoint that does not match, or null
     * @param latest the latest checkpoint, to compare with a copy kept elsewhere
     * @param ledgerTruncated whether the store now ends before the global index the latest checkpoint covered
     * @param expectedFound whether a checkpoint the caller kept is still in the chain with the same hash; null when
     *     the caller named none
     */
    record CheckpointChain(
            boolean valid, Long firstBrokenNumber, Checkpoint latest, boolean ledgerTruncated, Boolean expectedFound) {}

    /**
     * One link of the ledger-wide chain: the heads of the parties that changed since the previous checkpoint, up to a
     * global index, hashed together with the previous checkpoint's hash.
     */
    record Checkpoint(
            long number, Instant createdAt, long globalIndex, long parties, String previousHash, String hash) {}

    /** A checkpoint a caller kept: its number and hash. */
    record KeptCheckpoint(long number, String hash) {}

    /**
     * Whether a receipt still holds: the entry it names is stored with the seal it names, and the chain up to it is
     * intact.
     *
     * @param finding why it does not hold, or null when it does
     * @param firstBrokenSequence where the chain up to the entry breaks, or null
     */
    record ReceiptCheck(boolean valid, Finding finding, Long firstBrokenSequence) {}

    /** @throws org.trustledger.domain.UnknownPartyException when no such party is registered or checkpointed */
    PartyIntegrity party(PartyId partyId);

    /**
     * Checks every party, and the chain of checkpoints.
     *
     * @param kept a checkpoint the caller kept elsewhere, to find in the chain; null for none
     */
    LedgerIntegrity ledger(KeptCheckpoint kept);

    /**
     * Checks a write's receipt: the party, the entry's sequence and the seal the write was answered with.
     *
     * @throws org.trustledger.domain.UnknownPartyException when no such party is registered or checkpointed
     */
    ReceiptCheck receipt(PartyId partyId, long sequence, String seal);
}
