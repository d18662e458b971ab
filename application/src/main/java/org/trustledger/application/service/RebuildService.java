package org.trustledger.application.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.trustledger.application.axon.ProjectionReplay;
import org.trustledger.application.port.in.ReadModelRebuild;
import org.trustledger.application.port.in.RebuildProgress;
import org.trustledger.application.port.in.RebuildProgress.Phase;
import org.trustledger.application.port.in.RebuildRunningException;
import org.trustledger.application.port.out.JobLeases;
import org.trustledger.application.port.out.PartyFolds;
import org.trustledger.application.port.out.PartyHistories;
import org.trustledger.application.port.out.ReadModelShadow;
import org.trustledger.application.port.out.RebuildRuns;
import org.trustledger.application.port.out.StoredEvents;
import org.trustledger.domain.party.PartyId;
import org.trustledger.domain.screening.Screening;
import org.trustledger.domain.trust.TrustPolicy;

/**
 * Replays every stored event into a new generation of the read models while the serving one keeps serving, assesses
 * every party's trust there, catches up with what was recorded meanwhile, and switches to the new generation.
 *
 * <p>Trust is assessed as of the rebuild, as the periodic refresh does, rather than as of each party's last event: the
 * rebuilt statuses are those the live ones would show after their next refresh.
 */
public final class RebuildService implements ReadModelRebuild {
    /** The job lease's name: one rebuild at a time across every node on the database. */
    public static final String JOB = "read-model-rebuild";
    /** Renewed with every recorded step, so a node that stops frees the job this long after. */
    static final Duration LEASE = Duration.ofMinutes(2);
    /** Events projected between two flushes of the new generation. */
    static final int PAGE = 1_000;
    /** Parties assessed between two flushes. */
    static final int PARTIES_PAGE = 200;
    /** Catch-up rounds run without holding writes until one finds no more than this many events. */
    static final int FEW_ENOUGH_TO_SWAP = 500;

    static final int MAX_CATCH_UP_ROUNDS = 20;

    private final ReadModelShadow shadow;
    private final StoredEvents events;
    private final PartyHistories histories;
    private final TrustPolicy policy;
    private final Screening screening;
    private final RebuildRuns runs;
    private final JobLeases leases;
    private final Executor executor;
    private final Clock clock;
    private final String node;
    private final Duration reportEvery;
    private final Consumer<RebuildProgress> listener;

    /**
     * @param listener hears every recorded step, from the rebuild's own thread (the log, a test's hold)
     * @param reportEvery the least time between two recorded steps of progress
     */
    public RebuildService(
            ReadModelShadow shadow,
            StoredEvents events,
            PartyHistories histories,
            TrustPolicy policy,
            Screening screening,
            RebuildRuns runs,
            JobLeases leases,
            Executor executor,
            Clock clock,
            String node,
            Duration reportEvery,
            Consumer<RebuildProgress> listener) {
        this.shadow = shadow;
        this.events = events;
        this.histories = histories;
        this.policy = policy;
        this.screening = screening;
        this.runs = runs;
        this.leases = leases;
        this.executor = executor;
        this.clock = clock;
        this.node = node;
        this.reportEvery = reportEvery;
        this.listener = listener;
    }

    @Override
    public RebuildProgress start(String requestedBy) {
        UUID id = UUID.randomUUID();
        String holder = node + "/" + id;
        if (!leases.tryAcquire(JOB, holder, clock.instant(), LEASE)) {
            throw new RebuildRunningException(runs.latest()
                    .filter(p -> p.state() == RebuildProgress.State.RUNNING)
                    .map(p -> "a rebuild of the read models is running (" + p.id() + ", started " + p.startedAt()
                            + "); wait until it ends")
                    .orElse("a rebuild of the read models is running on another node; wait until it ends"));
        }
        try {
            // Any other run still marked as running was abandoned by a node that stopped: it holds no lease.
            runs.latest()
                    .filter(p -> p.state() == RebuildProgress.State.RUNNING)
                    .ifPresent(p -> runs.save(p.failed("abandoned: the node running it stopped", clock.instant())));
            RebuildProgress progress = RebuildProgress.started(id, requestedBy, events.count(), clock.instant());
            runs.save(progress);
            executor.execute(() -> run(progress, holder));
            return progress;
        } catch (RuntimeException | Error e) {
            leases.release(JOB, holder);
            if (e instanceof RejectedExecutionException) {
                throw new RebuildRunningException("the rebuild could not be started now; try again shortly");
            }
            throw e;
        }
    }

    @Override
    public Optional<RebuildProgress> find(UUID id) {
        return runs.find(id);
    }

    @Override
    public Optional<RebuildProgress> latest() {
        return runs.latest();
    }

    private void run(RebuildProgress started, String holder) {
        Run run = new Run(started, holder);
        try {
            run.execute();
        } catch (RuntimeException | Error e) {
            run.fail(e);
        } finally {
            leases.release(JOB, holder);
        }
    }

    /** One rebuild's state as it goes. */
    private final class Run {
        private final String holder;
        private RebuildProgress progress;
        private Instant lastReport;
        private TrackingToken token;
        private long replayed;
        private ReadModelShadow.Tables tables;
        private ProjectionReplay replay;

        Run(RebuildProgress progress, String holder) {
            this.progress = progress;
            this.holder = holder;
            this.lastReport = progress.startedAt();
        }

        void execute() {
            report(progress);
            tables = shadow.create();
            TrustService trust =
                    new TrustService(tables.identityIndex(), histories, policy, screening, tables.trustViews());
            replay = new ProjectionReplay(
                    tables.partyViews(), tables.identityIndexWriter(), tables.peopleIndex(), histories, trust);

            replay(false);
            tables.flush();

            enter(Phase.ASSESSING);
            Instant asOf = clock.instant();
            long assessed = 0;
            long partyCount = replayedParties();
            PartyId after = null;
            while (true) {
                List<PartyId> page = tables.partyIds(after, PARTIES_PAGE);
                assess(page, asOf);
                tables.flush();
                assessed += page.size();
                step(progress.assessed(assessed, partyCount, clock.instant()), page.size() < PARTIES_PAGE);
                if (page.size() < PARTIES_PAGE) {
                    break;
                }
                after = page.getLast();
            }

            enter(Phase.CATCHING_UP);
            for (int round = 0; round < MAX_CATCH_UP_ROUNDS; round++) {
                if (replay(true) <= FEW_ENOUGH_TO_SWAP) {
                    break;
                }
            }

            enter(Phase.SWAPPING);
            shadow.swap(() -> replay(true));
            progress = progress.succeeded(clock.instant());
            runs.save(progress);
            report(progress);
        }

        /**
         * Assesses a page of parties as the live refresh does, reading each party's history once and asking the index
         * once for the whole page instead of a round trip a party: on a ledger of many short histories these reads, not
         * the rules, are what a rebuild spends its time on.
         */
        private void assess(List<PartyId> page, Instant asOf) {
            PageOfParties reads =
                    new PageOfParties(PartyFolds.fromHistories(histories, policy.settings()), tables.identityIndex());
            reads.read(page);
            TrustService assessing = new TrustService(reads, histories, reads, policy, screening, tables.trustViews());
            for (PartyId party : page) {
                assessing.refresh(party, asOf, false);
            }
        }

        private long replayedParties() {
            long count = 0;
            PartyId after = null;
            while (true) {
                List<PartyId> page = tables.partyIds(after, 10_000);
                count += page.size();
                if (page.size() < 10_000) {
                    return count;
                }
                after = page.getLast();
            }
        }

        /**
         * Every event after the token through the projections: the party projection alone on the first pass, both once
         * every party has been assessed. Answers how many it read.
         */
        private long replay(boolean assessToo) {
            long read = 0;
            try (Stream<? extends TrackedEventMessage<?>> stream = events.after(token)) {
                Iterator<? extends TrackedEventMessage<?>> it = stream.iterator();
                while (it.hasNext()) {
                    TrackedEventMessage<?> message = it.next();
                    if (assessToo) {
                        replay.projectAndAssess(message);
                        // The trust projection reads the index the party projection has just written.
                        tables.flush();
                    } else {
                        replay.project(message);
                    }
                    token = message.trackingToken();
                    read++;
                    replayed++;
                    if (replayed % PAGE == 0) {
                        tables.flush();
                        step(progress.replayed(replayed, clock.instant()), false);
                    }
                }
            }
            tables.flush();
            step(progress.replayed(replayed, clock.instant()), true);
            return read;
        }

        private void enter(Phase phase) {
            progress = progress.entering(phase, clock.instant());
            renewLease();
            runs.save(progress);
            report(progress);
        }

        /** Records progress every few seconds, renewing the lease with it; always when {@code force}. */
        private void step(RebuildProgress next, boolean force) {
            progress = next;
            if (force || !next.updatedAt().isBefore(lastReport.plus(reportEvery))) {
                renewLease();
                runs.save(progress);
                report(progress);
            }
        }

        private void renewLease() {
            if (!leases.tryAcquire(JOB, holder, clock.instant(), LEASE)) {
                throw new IllegalStateException("the rebuild's lease was lost, so another node may run one; stopped");
            }
        }

        private void report(RebuildProgress reported) {
            lastReport = reported.updatedAt();
            listener.accept(reported);
        }

        void fail(Throwable e) {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            progress = progress.failed(message, clock.instant());
            try {
                shadow.discard();
            } catch (RuntimeException ignored) {
                // the next rebuild drops them before it starts
            }
            runs.save(progress);
            report(progress);
        }
    }
}
