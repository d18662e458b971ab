package org.trustledger.application.axon;

import java.util.List;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.trustledger.application.port.in.PartyView;
import org.trustledger.application.port.out.PartyViews;
import org.trustledger.application.port.out.PeopleIndex;
import org.trustledger.domain.party.PartyEvent;
import org.trustledger.domain.party.PartyEvent.CallerIdentified;
import org.trustledger.domain.party.PartyEvent.PersonalDataErased;
import org.trustledger.domain.party.PartyPeople;
import org.trustledger.domain.party.PartyPeople.Appearance;

/**
 * Keeps the people index current, one event at a time, in the same processor (and so the same transaction) as the
 * party views: the people an entry names are filed as it is recorded, and a person erased is forgotten at once.
 */
@ProcessingGroup(PartyViewProjection.PROCESSING_GROUP)
public class PeopleProjection {
    private final PeopleIndex people;
    private final PartyViews views;

    public PeopleProjection(PeopleIndex people, PartyViews views) {
        this.people = people;
        this.views = views;
    }

    @EventHandler
    void on(PartyEvent event, @SequenceNumber long aggregateSequence) {
        if (event instanceof PersonalDataErased) {
            // The key is gone, so every entry of the party reads erased; what the index filed of them in plaintext (the
            // customer, their callers) must go with it, and a rebuild files nothing of them again.
            people.forget(event.partyId());
            return;
        }
        // A caller is the private customer when they give the customer's own name: the party is read for it, as it
        // stood before the entry (a caller changes nothing the view holds).
        Optional<PartyView> party = event instanceof CallerIdentified ? views.find(event.partyId()) : Optional.empty();
        List<Appearance> named = PartyPeople.named(
                event,
                party.map(PartyView::kind).orElse(null),
                party.map(view -> view.details().name()).orElse(null));
        if (!named.isEmpty()) {
            people.file(event.partyId(), aggregateSequence + 1, event.recordedAt(), named);
        }
    }
}
