package org.trustledger.bootstrap;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;
import org.trustledger.application.port.in.ContactLogUseCase;

/**
 * Forgets the contacts older than the retention, on every node: a purge is one DELETE that any node may run at any
 * time, so no lease is needed, and a manager may purge at once through the API.
 */
@Component
class ContactLogPurge {
    private static final Logger LOG = LoggerFactory.getLogger(ContactLogPurge.class);

    private final ContactLogUseCase contacts;
    private final TaskScheduler scheduler;
    private final ContactProperties properties;
    private final Clock clock;

    ContactLogPurge(ContactLogUseCase contacts, TaskScheduler scheduler, ContactProperties properties, Clock clock) {
        this.contacts = contacts;
        this.scheduler = scheduler;
        this.properties = properties;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void schedule() {
        scheduler.scheduleWithFixedDelay(this::run, clock.instant(), properties.purgeInterval());
    }

    void run() {
        try {
            int purged = contacts.purge(clock.instant());
            if (purged > 0) {
                LOG.info("Forgot {} contacts logged more than {} ago", purged, properties.retention());
            }
        } catch (RuntimeException e) {
            // The next round tries again; a database away for a while must not end the schedule.
            LOG.warn("Could not purge the contact log: {}", e.toString());
        }
    }
}
