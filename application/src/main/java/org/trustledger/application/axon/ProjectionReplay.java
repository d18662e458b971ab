package org.trustledger.application.axon;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.trustledger.application.port.in.RefreshTrustUseCase;
import org.trustledger.application.port.out.PartyHistories;
import org.trustledger.application.port.out.PartyIdentityIndexWriter;
import org.trustledger.application.port.out.PartyViews;
import org.trustledger.application.port.out.PeopleIndex;
import org.trustledger.domain.party.PartyEvent;

/**
 * The live projections, pointed at other read-model ports and fed stored events by hand: a rebuild replays the ledger
 * through the very handlers that keep the live tables, so there is one copy of the rules.
 */
public final class ProjectionReplay {
    private final PartyViewProjection parties;
    private final PeopleProjection people;
    private final TrustViewProjection trust;

    public ProjectionReplay(
            PartyViews views,
            PartyIdentityIndexWriter index,
            PeopleIndex people,
            PartyHistories histories,
            RefreshTrustUseCase refresh) {
        this.parties = new PartyViewProjection(views, index, histories);
        this.people = new PeopleProjection(people, views, histories);
        this.trust = new TrustViewProjection(refresh);
    }

    /** The event through the party projections only; false for an event that is not a party's. */
    public boolean project(EventMessage<?> message) {
        if (message instanceof DomainEventMessage<?> domain && domain.getPayload() instanceof PartyEvent event) {
            // The people first, as a caller is told from the party as it stood before the entry.
            people.on(event, domain.getSequenceNumber());
            parties.on(event, domain.getSequenceNumber());
            return true;
        }
        return false;
    }

    /** The event through both projections, in the order the live ones hear it: the party's view, then trust. */
    public boolean projectAndAssess(EventMessage<?> message) {
        if (project(message)) {
            trust.on((PartyEvent) message.getPayload());
            return true;
        }
        return false;
    }
}
