package org.trustledger.bootstrap;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.trustledger.application.port.in.RefreshTrustUseCase;
import org.trustledger.application.port.out.JobLeases;
import org.trustledger.application.port.out.TrustViews;
import org.trustledger.domain.party.PartyId;

/**
 * Re-assesses every party at start and then periodically, since evidence fades with time even when nothing new is
 * recorded, and a change of the policy's settings must reach every stored status.
 *
 * <p>With several nodes on one database, the node holding the job's lease runs it and the others skip that round. Each
 * batch is re-assessed in a transaction of its own that first locks the party's stored view, as a write does, so a
 * refresh never overwrites the status a concurrent write has just stored with one assessed before it.
 */
@Component
class TrustRefresh {
    static final String JOB = "trust-refresh";
    private static final Logger LOG = LoggerFactory.getLogger(TrustRefresh.class);
    private static final int BATCH = 100;

    private final RefreshTrustUseCase refresh;
    private final TrustViews views;
    private final JobLease lease;
    private final TransactionTemplate transactions;
    private final TaskScheduler scheduler;
    private final TrustPolicyProperties properties;
    private final Clock clock;

    TrustRefresh(
            RefreshTrustUseCase refresh,
            TrustViews views,
            JobLeases leases,
            TransactionTemplate transactions,
            TaskScheduler scheduler,
            TrustPolicyProperties properties,
            Clock clock) {
        this.refresh = refresh;
        this.views = views;
        this.lease = new JobLease(JOB, leases, clock);
        this.transactions = transactions;
        this.scheduler = scheduler;
        this.properties = properties;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void schedule() {
        scheduler.scheduleWithFixedDelay(this::run, clock.instant(), properties.refreshIntervalOrDefault());
    }

    /** Re-assesses every party if this node holds the lease; answers how many, or -1 when another node has it. */
    int run() {
        Duration interval = properties.refreshIntervalOrDefault();
        try {
            // Held for most of the interval, so the next round goes to whichever node comes first after it.
            if (!lease.hold(interval.multipliedBy(9).dividedBy(10))) {
                LOG.debug("Another node re-assesses trust this round");
                return -1;
            }
            Instant now = clock.instant();
            int count = 0;
            for (int offset = 0; ; offset += BATCH) {
                List<PartyId> batch = views.partyIds(offset, BATCH);
                transactions.executeWithoutResult(status -> batch.forEach(id -> refresh.refresh(id, now, false)));
                count += batch.size();
                if (batch.size() < BATCH) {
                    LOG.debug("Re-assessed the trust of {} parties", count);
                    return count;
                }
            }
        } catch (RuntimeException e) {
            // The next run tries again; a failed refresh leaves the stored statuses as they were.
            LOG.warn("Re-assessing trust failed", e);
            return 0;
        }
    }
}
