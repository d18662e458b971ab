package org.trustledger.application.port.in;

import java.util.Optional;
import org.trustledger.application.port.in.IntegrityCheck.Checkpoint;

/**
 * Writes the ledger-wide checkpoints that make removed events show: each records the seal of the last event of every
 * party that changed since the one before, chained to it by hash.
 */
public interface LedgerCheckpointing {

    /**
     * Writes a checkpoint of what was stored since the latest one.
     *
     * @param force write one even when nothing was stored since, so that a manager always gets a fresh one to keep
     * @return the checkpoint written, or the latest one when nothing changed and none was forced; empty only when
     *     another node was writing one at the same moment
     */
    Optional<Checkpoint> checkpoint(boolean force);

    /** The latest checkpoint, if one was ever written. */
    Optional<Checkpoint> latest();
}
