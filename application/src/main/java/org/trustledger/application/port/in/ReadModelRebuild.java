package org.trustledger.application.port.in;

import java.util.Optional;
import java.util.UUID;

/**
 * Rebuilds every read model from the event store beside the live tables, then swaps the rebuilt ones in, while staff
 * keep reading and recording.
 */
public interface ReadModelRebuild {

    /**
     * Starts a rebuild in the background and answers its first progress.
     *
     * @throws RebuildRunningException while a rebuild runs, on this node or another
     */
    RebuildProgress start(String requestedBy);

    Optional<RebuildProgress> find(UUID id);

    /** The rebuild started last, running or not. */
    Optional<RebuildProgress> latest();
}
