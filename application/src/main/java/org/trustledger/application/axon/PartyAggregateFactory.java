package org.trustledger.application.axon;

import org.axonframework.eventsourcing.GenericAggregateFactory;
import org.axonframework.modelling.command.CreationPolicyAggregateFactory;
import org.trustledger.application.port.out.PartyHistories;
import org.trustledger.domain.trust.TrustPolicySettings;

/**
 * Creates party aggregates, from their first event or a snapshot, able to read their own history: a snapshot leaves a
 * party's entries out, so that loading a long history costs the same as a short one, and the rare retraction reads
 * them back. It also creates the party a command finds missing, so that a new party is set up as a loaded one is.
 */
public final class PartyAggregateFactory extends GenericAggregateFactory<PartyAggregate>
        implements CreationPolicyAggregateFactory<PartyAggregate> {
    private final PartyHistories histories;
    private final TrustPolicySettings trustSettings;

    public PartyAggregateFactory(PartyHistories histories) {
        this(histories, null);
    }

    /**
     * A factory whose aggregates also keep the party's trust fold up to date, for the snapshotter: the snapshots then
     * carry the fold.
     *
     * @param trustSettings the trust policy's settings, or null to keep no fold
     */
    public PartyAggregateFactory(PartyHistories histories, TrustPolicySettings trustSettings) {
        super(PartyAggregate.class);
        this.histories = histories;
        this.trustSettings = trustSettings;
    }

    @Override
    public PartyAggregate create(Object identifier) {
        return postProcessInstance(new PartyAggregate());
    }

    @Override
    protected PartyAggregate postProcessInstance(PartyAggregate aggregate) {
        aggregate.readHistoryFrom(histories);
        aggregate.foldTrustWith(trustSettings);
        return aggregate;
    }
}
