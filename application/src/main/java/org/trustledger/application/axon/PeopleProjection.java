package org.trustledger.application.axon;

import java.util.List;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.trustledger.application.port.in.PartyView;
import org.trustledger.application.port.out.PartyHistories;
import org.trustledger.application.port.out.PartyViews;
import org.trustledger.application.port.out.PeopleIndex;
import org.trustledger.domain.party.PartyDecider;
import org.trustledger.domain.party.PartyEvent;
import org.trustledger.domain.party.PartyEvent.CallerIdentified;
import org.trustledger.domain.party.PartyEvent.PersonalDataErased;
import org.trustledger.domain.party.PartyId;
import org.trustledger.domain.party.PartyPeople;
import org.trustledger.domain.party.PartyPeople.Appearance;
import org.trustledger.domain.party.PartyState;
import org.trustledger.domain.party.PersonId;
import org.trustledger.domain.trust.SequencedEvent;

/**
 * Keeps the people index current, one event at a time, in the same processor (and so the same transaction) as the
 * party views: the people an entry names are filed as it is recorded, and a person erased is forgotten at once.
 */
@ProcessingGroup(PartyViewProjection.PROCESSING_GROUP)
public class PeopleProjection {
    private final PeopleIndex people;
    private final PartyViews views;
    private final PartyHistories histories;

    public PeopleProjection(PeopleIndex people, PartyViews views, PartyHistories histories) {
        this.people = people;
        this.views = views;
        this.histories = histories;
    }

    @EventHandler
    void on(PartyEvent event, @SequenceNumber long aggregateSequence) {
        if (event instanceof PersonalDataErased erased) {
            if (erased.ofParty()) {
                // The key is gone, so every entry of the party reads erased; what the index filed of them in plaintext
                // (the customer, their callers) must go with it, and a rebuild files nothing of them again.
                people.forget(event.partyId());
            } else {
                forget(erased.person(), event.partyId(), aggregateSequence + 1);
            }
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

    /**
     * Forgets the person's appearances on the party, then files again what its entries up to the erasure still say: an
     * entry stored before the person had a key of their own, or under a private customer's key, still reads, and the
     * index tells only what the ledger holds, exactly as a rebuild would file it.
     */
    private void forget(PersonId person, PartyId party, long erasure) {
        people.forget(person, party);
        PartyState state = PartyState.INITIAL;
        for (SequencedEvent entry : histories.of(party)) {
            if (entry.sequence() >= erasure) {
                break;
            }
            // The state before the first entry has no details yet.
            List<Appearance> named = PartyPeople.named(
                    entry.event(),
                    state.kind(),
                    state.registered() ? state.details().name() : null);
            if (!named.isEmpty()) {
                people.file(party, entry.sequence(), entry.event().recordedAt(), named);
            }
            state = PartyDecider.evolve(state, entry.event());
        }
    }
}
