package org.trustledger.application.port.out;

import java.time.Duration;
import java.time.Instant;

/** Leases on jobs that one node at a time should run, kept where every node of the ledger sees them. */
public interface JobLeases {

    /**
     * Takes the lease on the job for the holder until {@code now + length}, or renews it when the holder already has
     * it; false while another holder's lease has not run out.
     */
    boolean tryAcquire(String job, String holder, Instant now, Duration length);

    /** Gives the lease up, when the holder has it, so the job can run again at once. */
    void release(String job, String holder);
}
