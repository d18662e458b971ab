package org.trustledger.application.port.out;

import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.trustledger.application.port.in.IntegrityCheck.Checkpoint;
import org.trustledger.domain.party.PartyId;

/** The ledger-wide chain of checkpoints, kept where every node sees it and appended to, never changed. */
public interface LedgerCheckpoints {

    /**
     * A party's last event as a checkpoint recorded it.
     *
     * @param sequence the event's position, from 1
     * @param seal the event's seal, or null when it carries none
     */
    record Head(long checkpointNumber, PartyId partyId, long sequence, String seal) {}

    /**
     * A stored checkpoint with where reading the event store goes on from.
     *
     * @param gaps global indexes below the checkpoint's that were not yet committed when it was written, to read again
     */
    record Stored(Checkpoint checkpoint, SortedSet<Long> gaps) {}

    Optional<Stored> latest();

    /** The first checkpoint: from its time on, every stored event carries a seal. */
    Optional<Checkpoint> first();

    /** The party's head in the latest checkpoint that names it. */
    Optional<Head> head(PartyId partyId);

    /** Every party's head in the latest checkpoint that names it, a party at a time. */
    void forEachLatestHead(Consumer<Head> sink);

    /** Every checkpoint, oldest first, each with the heads it recorded. */
    void forEach(BiConsumer<Checkpoint, List<Head>> sink);

    /**
     * Appends a checkpoint and its heads in one transaction.
     *
     * @return false when another node appended one under the same number first
     */
    boolean append(Checkpoint checkpoint, SortedSet<Long> gaps, List<Head> heads);
}
