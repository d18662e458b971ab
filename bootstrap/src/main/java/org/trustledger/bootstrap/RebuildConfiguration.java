package org.trustledger.bootstrap;

import java.time.Clock;
import java.time.Duration;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.trustledger.application.port.in.ReadModelRebuild;
import org.trustledger.application.port.in.RebuildProgress;
import org.trustledger.application.port.out.JobLeases;
import org.trustledger.application.port.out.PartyHistories;
import org.trustledger.application.port.out.PeopleIndexFilling;
import org.trustledger.application.port.out.ReadModelShadow;
import org.trustledger.application.port.out.RebuildRuns;
import org.trustledger.application.port.out.StoredEvents;
import org.trustledger.application.service.PeopleIndexFill;
import org.trustledger.application.service.RebuildService;
import org.trustledger.domain.screening.Screening;
import org.trustledger.domain.trust.TrustPolicy;

/** Wires the rebuild of the read models: a thread of its own, its progress in the log every few seconds. */
@Configuration(proxyBeanMethods = false)
class RebuildConfiguration {
    private static final Logger LOG = LoggerFactory.getLogger(RebuildService.class);
    static final Duration REPORT_EVERY = Duration.ofSeconds(5);

    /** Hears every recorded step of a rebuild, on the rebuild's own thread. */
    interface RebuildListener extends Consumer<RebuildProgress> {}

    @Bean
    RebuildService rebuildService(
            ReadModelShadow shadow,
            StoredEvents events,
            PartyHistories histories,
            TrustPolicy policy,
            Screening screening,
            RebuildRuns runs,
            JobLeases leases,
            Clock clock,
            ObjectProvider<RebuildListener> listeners) {
        SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("read-model-rebuild-");
        executor.setDaemon(true);
        String node = JobLease.holderName();
        return new RebuildService(
                shadow,
                events,
                histories,
                policy,
                screening,
                runs,
                leases,
                executor,
                clock,
                node,
                REPORT_EVERY,
                progress -> {
                    log(progress);
                    listeners.orderedStream().forEach(listener -> listener.accept(progress));
                });
    }

    /** Fills the people index once on a ledger upgraded with entries recorded before it existed. */
    @Bean
    PeopleIndexFill peopleIndexFill(PeopleIndexFilling filling, ReadModelRebuild rebuild) {
        return new PeopleIndexFill(filling, rebuild);
    }

    static void log(RebuildProgress p) {
        switch (p.state()) {
            case RUNNING ->
                LOG.info(
                        "Rebuilding the read models ({}): {}, {} of {} events, {} of {} parties assessed, {} events/s,"
                                + " {} left in this phase",
                        p.id(),
                        p.phase(),
                        p.eventsDone(),
                        p.eventsTotal(),
                        p.partiesDone(),
                        p.partiesTotal(),
                        Math.round(p.eventsPerSecond()),
                        p.estimatedTimeLeft()
                                .map(RebuildConfiguration::readable)
                                .orElse("an unknown time"));
            case SUCCEEDED ->
                LOG.info(
                        "Rebuilt the read models ({}): {} events, {} parties in {}, {} events/s; the new generation serves",
                        p.id(),
                        p.eventsDone(),
                        p.partiesDone(),
                        readable(Duration.between(p.startedAt(), p.finishedAt())),
                        Math.round(p.eventsPerSecond()));
            case FAILED ->
                LOG.warn(
                        "Rebuilding the read models ({}) failed in {}: {}; the serving generation is as it was",
                        p.id(),
                        p.phase(),
                        p.failure());
        }
    }

    static String readable(Duration d) {
        return d.toSeconds() < 60 ? d.toSeconds() + " s" : d.toMinutes() + " min " + d.toSecondsPart() + " s";
    }
}
