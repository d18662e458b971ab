package org.trustledger.application.fakes;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventsourcing.AggregateSnapshotter;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.trustledger.application.axon.AxonPartyFolds;
import org.trustledger.application.axon.AxonPartyHistories;
import org.trustledger.application.axon.PartyAggregate;
import org.trustledger.application.axon.PartyAggregateFactory;
import org.trustledger.application.axon.PartyCommandTargetResolver;
import org.trustledger.application.axon.PartySnapshotTriggerDefinition;
import org.trustledger.application.axon.PartyViewProjection;
import org.trustledger.application.axon.PeopleProjection;
import org.trustledger.application.axon.RecordingMetaData;
import org.trustledger.application.axon.TrustViewProjection;
import org.trustledger.application.port.out.PartyFolds;
import org.trustledger.application.port.out.PartyHistories;
import org.trustledger.application.service.PartyCommandService;
import org.trustledger.application.service.PartyQueryService;
import org.trustledger.application.service.TrustService;
import org.trustledger.domain.party.PartyId;
import org.trustledger.domain.screening.Screening;
import org.trustledger.domain.screening.ScreeningSettings;
import org.trustledger.domain.trust.TrustPolicy;
import org.trustledger.domain.trust.TrustPolicySettings;

/** The whole core on Axon with an in-memory event store and in-memory out-ports: no Spring, no database. */
public final class InMemoryCore implements AutoCloseable {
    public final InMemoryPartyViews views = new InMemoryPartyViews();
    public final InMemoryIdempotencyRecords idempotency = new InMemoryIdempotencyRecords();
    public final InMemoryTrustViews trustViews = new InMemoryTrustViews();
    public final TrustPolicy policy = new TrustPolicy(TrustPolicySettings.defaults());
    public final Configuration axon;
    public final PartyCommandService commands;
    public final PartyQueryService queries;
    public final InMemoryPartyIdentityIndex index = new InMemoryPartyIdentityIndex();
    public final InMemoryPeopleIndex people = new InMemoryPeopleIndex();
    public final PartyHistories histories;
    public final PartyFolds folds;
    public final TrustService trust;
    /** How many times each party's fold was read from the store. */
    public final Map<PartyId, Integer> foldReads = new ConcurrentHashMap<>();

    public InMemoryCore(Clock clock) {
        // The event store is looked up per call: while the configuration is built, it does not exist yet.
        AtomicReference<Configuration> started = new AtomicReference<>();
        histories = partyId -> new AxonPartyHistories(started.get().eventStore()).of(partyId);
        // No snapshots here: the folds take every event one at a time from the first, falling back as in the product.
        folds = partyId -> {
            foldReads.merge(partyId, 1, Integer::sum);
            return new AxonPartyFolds(started.get().eventStore(), histories, policy.settings()).current(partyId);
        };
        trust = new TrustService(index, histories, folds, policy, new Screening(), trustViews);
        var configurer = DefaultConfigurer.defaultConfiguration()
                .configureEmbeddedEventStore(c -> new InMemoryEventStorageEngine())
                .configureAggregate(AggregateConfigurer.defaultConfiguration(PartyAggregate.class)
                        .configureCommandTargetResolver(c -> new PartyCommandTargetResolver())
                        // As the product: the aggregate keeps the trust fold and hands it to the trust projection.
                        .configureAggregateFactory(c -> new PartyAggregateFactory(histories, policy.settings()))
                        .configureCreationPolicyAggregateFactory(
                                c -> new PartyAggregateFactory(histories, policy.settings()))
                        // As the product: a snapshot every 100 events, and at once after a late stamp.
                        .configureSnapshotTrigger(c -> new PartySnapshotTriggerDefinition(
                                AggregateSnapshotter.builder()
                                        .eventStore(c.eventStore())
                                        .aggregateFactories(new PartyAggregateFactory(histories, policy.settings()))
                                        .build(),
                                100)))
                .configureCorrelationDataProviders(c -> List.of(RecordingMetaData.provider()));
        configurer
                .eventProcessing()
                .usingSubscribingEventProcessors()
                .registerDefaultListenerInvocationErrorHandler(c -> PropagatingErrorHandler.instance())
                .registerEventHandler(c -> new PeopleProjection(people, views, histories))
                .registerEventHandler(c -> new PartyViewProjection(views, index, histories))
                .registerEventHandler(c -> new TrustViewProjection(trust));
        axon = configurer.buildConfiguration();
        started.set(axon);
        axon.start();
        commands =
                new PartyCommandService(axon.commandGateway(), idempotency, folds, ScreeningSettings.DEFAULTS, clock);
        queries = new PartyQueryService(views, axon.eventStore());
    }

    @Override
    public void close() {
        axon.shutdown();
    }
}
