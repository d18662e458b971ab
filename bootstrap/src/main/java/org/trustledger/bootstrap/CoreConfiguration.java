package org.trustledger.bootstrap;

import java.time.Clock;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventsourcing.AggregateSnapshotter;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.trustledger.adapters.persistence.eventstore.EventStoreConfiguration;
import org.trustledger.application.axon.AxonPartyFolds;
import org.trustledger.application.axon.AxonPartyHistories;
import org.trustledger.application.axon.EventIntegrity;
import org.trustledger.application.axon.PartyAggregate;
import org.trustledger.application.axon.PartyAggregateFactory;
import org.trustledger.application.axon.PartyCommandTargetResolver;
import org.trustledger.application.axon.PartySnapshotTriggerDefinition;
import org.trustledger.application.axon.PartyViewProjection;
import org.trustledger.application.axon.RecordingMetaData;
import org.trustledger.application.axon.TrustViewProjection;
import org.trustledger.application.port.in.RecordPartyCommandUseCase;
import org.trustledger.application.port.in.RefreshTrustUseCase;
import org.trustledger.application.port.in.ScreenCallerUseCase;
import org.trustledger.application.port.out.ContactAnnouncer;
import org.trustledger.application.port.out.ContactLog;
import org.trustledger.application.port.out.IdempotencyRecords;
import org.trustledger.application.port.out.LedgerCheckpoints;
import org.trustledger.application.port.out.PartyFolds;
import org.trustledger.application.port.out.PartyHistories;
import org.trustledger.application.port.out.PartyIdentityIndex;
import org.trustledger.application.port.out.PartyIdentityIndexWriter;
import org.trustledger.application.port.out.PartyViews;
import org.trustledger.application.port.out.ReportData;
import org.trustledger.application.port.out.TrustViews;
import org.trustledger.application.service.AuditService;
import org.trustledger.application.service.CheckpointService;
import org.trustledger.application.service.ContactService;
import org.trustledger.application.service.ExportService;
import org.trustledger.application.service.IntegrityService;
import org.trustledger.application.service.PartyCommandService;
import org.trustledger.application.service.PartyQueryService;
import org.trustledger.application.service.ReportService;
import org.trustledger.application.service.ScreeningService;
import org.trustledger.application.service.TrustService;
import org.trustledger.domain.screening.Screening;
import org.trustledger.domain.trust.TrustPolicy;
import org.trustledger.domain.trust.TrustPolicySettings;

/** Wires the framework-free core: use cases, the party aggregate and the projections. */
@Configuration(proxyBeanMethods = false)
class CoreConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    PartyCommandService partyCommandService(
            CommandGateway commandGateway,
            IdempotencyRecords idempotencyRecords,
            PartyFolds folds,
            Screening screening,
            Clock clock) {
        return new PartyCommandService(commandGateway, idempotencyRecords, folds, screening.settings(), clock);
    }

    @Bean
    PartyQueryService partyQueryService(PartyViews partyViews, EventStore eventStore) {
        return new PartyQueryService(partyViews, eventStore);
    }

    /**
     * Seals every party event as it is stored, registered on the event store before anything is recorded, and answers
     * each party command with the receipt of its last event.
     */
    @Bean
    EventIntegrity eventIntegrity(
            EventStore eventStore, CommandBus commandBus, @Qualifier("eventSerializer") Serializer eventSerializer) {
        EventIntegrity integrity = new EventIntegrity(eventSerializer, eventStore);
        eventStore.registerDispatchInterceptor(integrity);
        commandBus.registerHandlerInterceptor(integrity.receipts());
        return integrity;
    }

    /** Checks seals against the rows as written: through the same serializer as the seals, with no upcasters. */
    @Bean
    IntegrityService integrityService(
            @Qualifier("eventSerializer") Serializer eventSerializer,
            ConnectionProvider connectionProvider,
            TransactionManager transactionManager,
            EventSchema eventSchema,
            EventIntegrity eventIntegrity,
            LedgerCheckpoints checkpoints) {
        return new IntegrityService(
                EventStoreConfiguration.storedAsWritten(
                        eventSerializer, connectionProvider, transactionManager, eventSchema),
                eventIntegrity,
                checkpoints);
    }

    /** Checkpoints read only the seals in the rows' metadata, so they read the rows as written too. */
    @Bean
    CheckpointService checkpointService(
            @Qualifier("eventSerializer") Serializer eventSerializer,
            ConnectionProvider connectionProvider,
            TransactionManager transactionManager,
            EventSchema eventSchema,
            LedgerCheckpoints checkpoints,
            Clock clock) {
        return new CheckpointService(
                EventStoreConfiguration.storedAsWritten(
                        eventSerializer, connectionProvider, transactionManager, eventSchema),
                checkpoints,
                clock);
    }

    @Bean
    ExportService exportService(EventStore eventStore) {
        return new ExportService(eventStore);
    }

    @Bean
    AuditService auditService(
            PartyQueryService partyQueryService,
            PartyIdentityIndex index,
            PartyHistories histories,
            TrustPolicy policy,
            Screening screening) {
        return new AuditService(partyQueryService, index, histories, policy, screening);
    }

    @Bean
    PartyViewProjection partyViewProjection(
            PartyViews partyViews, PartyIdentityIndexWriter identityIndex, PartyHistories histories) {
        return new PartyViewProjection(partyViews, identityIndex, histories);
    }

    @Bean
    TrustPolicy trustPolicy(TrustPolicyProperties properties) {
        return new TrustPolicy(properties.toSettings());
    }

    @Bean
    AxonPartyHistories partyHistories(EventStore eventStore) {
        return new AxonPartyHistories(eventStore);
    }

    /** The core's one fold of each party, kept with its snapshot. */
    @Bean
    AxonPartyFolds partyFolds(EventStore eventStore, PartyHistories histories, TrustPolicy policy) {
        return new AxonPartyFolds(eventStore, histories, policy.settings());
    }

    @Bean
    Screening screening(ScreeningProperties properties) {
        return new Screening(properties.toSettings());
    }

    @Bean
    TrustService trustService(
            PartyIdentityIndex index,
            PartyHistories histories,
            PartyFolds folds,
            TrustPolicy policy,
            Screening screening,
            TrustViews trustViews) {
        return new TrustService(index, histories, folds, policy, screening, trustViews);
    }

    @Bean
    ScreeningService screeningService(
            PartyIdentityIndex index,
            PartyHistories histories,
            PartyFolds folds,
            TrustPolicy policy,
            Screening screening,
            RecordPartyCommandUseCase recordCommand) {
        return new ScreeningService(index, histories, folds, policy, screening, recordCommand);
    }

    /** The one flow of incoming contacts every channel adapter hands its contacts to. */
    @Bean
    ContactService contactService(
            ScreenCallerUseCase screening,
            ContactLog log,
            ContactAnnouncer announcer,
            ContactProperties properties,
            Clock clock) {
        return new ContactService(screening, log, announcer, properties.retention(), clock);
    }

    @Bean
    ReportService reportService(ReportData reportData) {
        return new ReportService(reportData);
    }

    @Bean
    TrustViewProjection trustViewProjection(RefreshTrustUseCase refreshTrust) {
        return new TrustViewProjection(refreshTrust);
    }

    /** The aggregate carries no Spring annotation, so it is registered here, with its command routing. */
    @Bean
    ConfigurerModule partyAggregateModule(TrustLedgerProperties properties, TrustPolicy policy) {
        TrustPolicySettings trust = policy.settings();
        return configurer ->
                configurer.configureAggregate(AggregateConfigurer.defaultConfiguration(PartyAggregate.class)
                        .configureCommandTargetResolver(c -> new PartyCommandTargetResolver())
                        // A snapshot leaves the entries out; the aggregate reads them back for a retraction. It keeps
                        // the party's trust fold, which the trust projection of the same unit of work assesses from.
                        .configureAggregateFactory(c -> partyFactory(c, trust))
                        .configureCreationPolicyAggregateFactory(c -> partyFactory(c, trust))
                        // A long history loads from its latest snapshot and the few events after it; the snapshot
                        // carries the party's trust fold, made again at once after a retraction or a late stamp.
                        .configureSnapshotTrigger(c -> new PartySnapshotTriggerDefinition(
                                partySnapshotter(c, trust), properties.snapshotEveryOrDefault())));
    }

    /**
     * Aggregates that keep the party's trust fold ({@code trust} non-null): a command decides from the state alone, but
     * its unit of work hands the fold to the trust projection, and the snapshotter's snapshots carry it.
     */
    private static PartyAggregateFactory partyFactory(
            org.axonframework.config.Configuration c, TrustPolicySettings trust) {
        return new PartyAggregateFactory(new AxonPartyHistories(c.eventStore()), trust);
    }

    /**
     * A snapshotter of its own: Spring's knows only aggregates declared as Spring beans, and this one carries no Spring
     * annotation.
     */
    private static AggregateSnapshotter partySnapshotter(
            org.axonframework.config.Configuration c, TrustPolicySettings trust) {
        return AggregateSnapshotter.builder()
                .eventStore(c.eventStore())
                .aggregateFactories(partyFactory(c, trust))
                .parameterResolverFactory(c.parameterResolverFactory())
                .handlerDefinition(c.handlerDefinition(PartyAggregate.class))
                .transactionManager(c.getComponent(TransactionManager.class))
                .build();
    }

    /**
     * A projection that fails fails the command with it: the read models never silently drift from the ledger, and the
     * caller learns that nothing was recorded.
     */
    @Bean
    ConfigurerModule projectionsFailTheirCommand() {
        return configurer -> configurer
                .eventProcessing()
                .registerDefaultListenerInvocationErrorHandler(c -> PropagatingErrorHandler.instance());
    }

    /** Replaces Axon's default provider, which would overwrite the caller's correlation id with a message id. */
    @Bean
    CorrelationDataProvider recordingMetaDataProvider() {
        return RecordingMetaData.provider();
    }
}
