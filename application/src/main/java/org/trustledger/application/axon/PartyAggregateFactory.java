package org.trustledger.application.axon;

import org.axonframework.eventsourcing.GenericAggregateFactory;
import org.trustledger.application.port.out.PartyHistories;

/**
 * Creates party aggregates, from their first event or a snapshot, able to read their own history: a snapshot leaves a
 * party's entries out, so that loading a long history costs the same as a short one, and the rare retraction reads
 * them back.
 */
public final class PartyAggregateFactory extends GenericAggregateFactory<PartyAggregate> {
    private final PartyHistories histories;

    public PartyAggregateFactory(PartyHistories histories) {
        super(PartyAggregate.class);
        this.histories = histories;
    }

    @Override
    protected PartyAggregate postProcessInstance(PartyAggregate aggregate) {
        aggregate.readHistoryFrom(histories);
        return aggregate;
    }
}
