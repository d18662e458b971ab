package org.trustledger.bootstrap;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;
import org.trustledger.application.port.in.ContactLogUseCase;
import org.trustledger.application.port.in.PurgedContacts;
import org.trustledger.application.port.out.AccessLog;
import org.trustledger.application.port.out.JobLeases;

/**
 * Forgets, on one node at a time, what is kept only for a while: the contacts logged longer ago than their retention —
 * for a caller nobody recorded on a party, all the product kept of them — and the auditors' reads older than theirs.
 * Each round logs how many of each it forgot, so the log kept elsewhere shows that the retention is kept.
 */
@Component
class RetentionPurge {
    static final String JOB = "retention-purge";
    private static final Logger LOG = LoggerFactory.getLogger(RetentionPurge.class);

    private final ContactLogUseCase contacts;
    private final AccessLog accessLog;
    private final JobLease lease;
    private final TaskScheduler scheduler;
    private final ContactProperties contactProperties;
    private final AccessLogProperties accessLogProperties;
    private final Clock clock;

    RetentionPurge(
            ContactLogUseCase contacts,
            AccessLog accessLog,
            JobLeases leases,
            TaskScheduler scheduler,
            ContactProperties contactProperties,
            AccessLogProperties accessLogProperties,
            Clock clock) {
        this.contacts = contacts;
        this.accessLog = accessLog;
        this.lease = new JobLease(JOB, leases, clock);
        this.scheduler = scheduler;
        this.contactProperties = contactProperties;
        this.accessLogProperties = accessLogProperties;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void schedule() {
        scheduler.scheduleWithFixedDelay(this::run, clock.instant(), contactProperties.purgeInterval());
    }

    /** Purges if this node holds the job's lease; false when another node purges this round, or the purge failed. */
    boolean run() {
        try {
            // Held for most of the interval, so the next round goes to whichever node comes first after it.
            if (!lease.hold(contactProperties.purgeInterval().multipliedBy(9).dividedBy(10))) {
                LOG.debug("Another node purges what is past its retention this round");
                return false;
            }
            Instant now = clock.instant();
            PurgedContacts purged = contacts.purge(now);
            int reads = accessLog.forgetBefore(now.minus(accessLogProperties.retention()));
            LOG.info(
                    "Forgot {} contacts of callers never recorded on a party and {} of others, logged more than {} ago,"
                            + " and {} access-log entries older than {}",
                    purged.notRecordedOnAParty(),
                    purged.recordedOnAParty(),
                    readable(contactProperties.retention()),
                    reads,
                    readable(accessLogProperties.retention()));
            return true;
        } catch (RuntimeException e) {
            // The next round tries again; a database away for a while must not end the schedule.
            LOG.warn("Could not forget what is past its retention: {}", e.toString());
            return false;
        }
    }

    static String readable(Duration duration) {
        return duration.toSeconds() % 86_400 == 0 ? duration.toDays() + " days" : duration.toString();
    }
}
