package org.trustledger.application.port.out;

import java.util.Optional;
import java.util.UUID;
import org.trustledger.application.port.in.RebuildProgress;

/** The progress of each rebuild of the read models, kept where every node can answer for it. */
public interface RebuildRuns {

    void save(RebuildProgress progress);

    Optional<RebuildProgress> find(UUID id);

    /** The rebuild started last. */
    Optional<RebuildProgress> latest();
}
