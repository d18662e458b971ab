package org.trustledger.bootstrap;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.trustledger.application.port.out.JobLeases;

/**
 * This node's hold on the lease of a job that one node at a time runs: a round goes ahead only on the node that holds
 * the lease, taken or renewed for that round.
 */
final class JobLease {
    private final String job;
    private final JobLeases leases;
    private final Clock clock;
    private final String holder = holderName();

    JobLease(String job, JobLeases leases, Clock clock) {
        this.job = job;
        this.leases = leases;
        this.clock = clock;
    }

    /**
     * A name for a holder on this node: the process (its id and host) and a random part, so that two nodes in one JVM,
     * as in tests, are two holders.
     */
    static String holderName() {
        return ManagementFactory.getRuntimeMXBean().getName() + "/"
                + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Whether this node holds the lease now, taken or renewed until {@code length} from now. */
    boolean hold(Duration length) {
        return leases.tryAcquire(job, holder, clock.instant(), length);
    }
}
