package org.trustledger.bootstrap;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;
import org.trustledger.application.port.in.IntegrityCheck.Checkpoint;
import org.trustledger.application.port.in.LedgerCheckpointing;
import org.trustledger.application.port.out.JobLeases;

/**
 * Writes a ledger checkpoint at start and then periodically, on one node at a time, and logs each one's hash: the log
 * kept elsewhere is what shows a chain of checkpoints rewritten in the database.
 */
@Component
class LedgerCheckpointJob {
    static final String JOB = "ledger-checkpoint";
    private static final Logger LOG = LoggerFactory.getLogger(LedgerCheckpointJob.class);

    private final LedgerCheckpointing checkpoints;
    private final JobLease lease;
    private final TaskScheduler scheduler;
    private final IntegrityProperties properties;
    private final Clock clock;
    private long lastLogged;

    LedgerCheckpointJob(
            LedgerCheckpointing checkpoints,
            JobLeases leases,
            TaskScheduler scheduler,
            IntegrityProperties properties,
            Clock clock) {
        this.checkpoints = checkpoints;
        this.lease = new JobLease(JOB, leases, clock);
        this.scheduler = scheduler;
        this.properties = properties;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void schedule() {
        scheduler.scheduleWithFixedDelay(this::run, clock.instant(), properties.checkpointInterval());
    }

    void run() {
        try {
            if (!lease.hold(properties.checkpointInterval().multipliedBy(3))) {
                return;
            }
            checkpoints.checkpoint(false).ifPresent(this::log);
        } catch (RuntimeException e) {
            // The next round reads on from the latest checkpoint; nothing is lost by a failed one.
            LOG.warn("Writing a ledger checkpoint failed", e);
        }
    }

    private void log(Checkpoint checkpoint) {
        if (checkpoint.number() == lastLogged) {
            return;
        }
        lastLogged = checkpoint.number();
        LOG.info(
                "Ledger checkpoint {} at global index {}: {} parties changed, hash {} (previous {})",
                checkpoint.number(),
                checkpoint.globalIndex(),
                checkpoint.parties(),
                checkpoint.hash(),
                checkpoint.previousHash().isEmpty() ? "none" : checkpoint.previousHash());
    }
}
