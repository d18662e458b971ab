package org.trustledger.bootstrap;

import java.time.Duration;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;
import org.trustledger.application.port.in.RebuildProgress;
import org.trustledger.application.service.PeopleIndexFill;
import org.trustledger.application.service.PeopleIndexFill.Round;

/**
 * Fills the people index once after an upgrade, in the background, once the node serves: each node looks at start,
 * the first to find it unfilled starts the rebuild that fills it, and a node that finds a rebuild already running looks
 * again later, so that one left by a node that stopped is taken over when its lease runs out. Hears every rebuild this
 * node runs, since any that swaps in has filled the index.
 */
@Component
class PeopleIndexFillJob implements RebuildConfiguration.RebuildListener {
    private static final Logger LOG = LoggerFactory.getLogger(PeopleIndexFill.class);

    private final PeopleIndexFill fill;
    private final TaskScheduler scheduler;
    private final PeopleIndexProperties properties;
    /** The rebuild this node started to fill the index, to say so when it fails. */
    private volatile UUID started;
    /** Only the scheduler's thread reads and writes it. */
    private boolean waitingSaid;

    PeopleIndexFillJob(PeopleIndexFill fill, TaskScheduler scheduler, PeopleIndexProperties properties) {
        this.fill = fill;
        this.scheduler = scheduler;
        this.properties = properties;
    }

    @EventListener(ApplicationReadyEvent.class)
    void schedule() {
        if (properties.fillOrDefault()) {
            scheduler.schedule(this::round, scheduler.getClock().instant());
            return;
        }
        try {
            if (!fill.filled()) {
                LOG.warn("The people index lacks the entries recorded before it existed, and filling it at start is off"
                        + " (trustledger.people-index.fill): a rebuild of the read models files them"
                        + " (POST /api/v1/admin/rebuilds)");
            }
        } catch (RuntimeException e) {
            LOG.debug("Could not look whether the people index is filled", e);
        }
    }

    /** One look; the fill's own rebuild, once started, runs on its own thread. */
    void round() {
        Duration retry = properties.fillRetry();
        try {
            switch (fill.next()) {
                case Round.Filled filled -> LOG.debug("The people index holds every entry");
                case Round.Started(RebuildProgress rebuild) -> {
                    started = rebuild.id();
                    LOG.info(
                            "The people index lacks the entries recorded before it existed: filing them with a rebuild"
                                    + " of the read models ({}) over {} events, in the background",
                            rebuild.id(),
                            rebuild.eventsTotal());
                }
                case Round.Waiting(String why) -> {
                    // Said once: a manager's rebuild may run for an hour, and the rebuild logs its own progress.
                    if (waitingSaid) {
                        LOG.debug("The people index still waits to be filled: {}", why);
                    } else {
                        waitingSaid = true;
                        LOG.info(
                                "The people index waits to be filled while another rebuild runs ({}); looking again"
                                        + " every {}",
                                why,
                                RebuildConfiguration.readable(retry));
                    }
                    again(retry);
                }
            }
        } catch (RuntimeException e) {
            // A database away at start must not leave the index unfilled until the next start.
            LOG.warn(
                    "Could not look whether the people index is filled: {}; looking again in {}",
                    e.toString(),
                    RebuildConfiguration.readable(retry));
            again(retry);
        }
    }

    private void again(Duration retry) {
        scheduler.schedule(this::round, scheduler.getClock().instant().plus(retry));
    }

    @Override
    public void accept(RebuildProgress progress) {
        try {
            fill.heard(progress)
                    .ifPresent(appearances -> LOG.info(
                            "The people index is filled: {} events replayed, {} parties, {} appearances filed in {} by"
                                    + " the rebuild ({}) started by {}",
                            progress.eventsDone(),
                            progress.partiesDone(),
                            appearances,
                            RebuildConfiguration.readable(
                                    Duration.between(progress.startedAt(), progress.finishedAt())),
                            progress.id(),
                            progress.requestedBy()));
            if (progress.state() == RebuildProgress.State.FAILED
                    && progress.id().equals(started)) {
                LOG.warn(
                        "The people index is not filled: its rebuild failed ({}); the next start tries again, and a"
                                + " manager's rebuild (POST /api/v1/admin/rebuilds) fills it too",
                        progress.failure());
            }
        } catch (RuntimeException e) {
            // Said, not thrown: the rebuild has swapped in, and a throw here would record it as failed.
            LOG.warn(
                    "Could not record that the people index is filled: {}; the next start fills it again",
                    e.toString());
        }
    }
}
