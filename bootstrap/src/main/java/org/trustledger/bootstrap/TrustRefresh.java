package org.trustledger.bootstrap;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;
import org.trustledger.application.port.in.RefreshTrustUseCase;

/**
 * Re-assesses every party at start and then periodically, since evidence fades with time even when nothing new is
 * recorded, and a change of the policy's settings must reach every stored status.
 */
@Component
class TrustRefresh {
    private static final Logger LOG = LoggerFactory.getLogger(TrustRefresh.class);

    private final RefreshTrustUseCase refresh;
    private final TaskScheduler scheduler;
    private final TrustPolicyProperties properties;
    private final Clock clock;

    TrustRefresh(RefreshTrustUseCase refresh, TaskScheduler scheduler, TrustPolicyProperties properties, Clock clock) {
        this.refresh = refresh;
        this.scheduler = scheduler;
        this.properties = properties;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void schedule() {
        scheduler.scheduleWithFixedDelay(this::run, clock.instant(), properties.refreshIntervalOrDefault());
    }

    private void run() {
        try {
            int count = refresh.refreshAll(clock.instant());
            LOG.debug("Re-assessed the trust of {} parties", count);
        } catch (RuntimeException e) {
            // The next run tries again; a failed refresh leaves the stored statuses as they were.
            LOG.warn("Re-assessing trust failed", e);
        }
    }
}
