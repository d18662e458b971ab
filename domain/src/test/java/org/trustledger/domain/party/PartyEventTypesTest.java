package org.trustledger.domain.party;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.trustledger.domain.party.PartyEvent.CallerIdentified;
import org.trustledger.domain.party.PartyEvent.LinkReviewed;
import org.trustledger.domain.party.PartyEvent.PartyAmended;
import org.trustledger.domain.party.PartyEvent.PartyRegistered;
import org.trustledger.domain.party.PartyEvent.PaymentSettled;
import org.trustledger.domain.party.PartyEvent.PaymentShort;
import org.trustledger.domain.party.PartyEvent.RelationshipReinstated;
import org.trustledger.domain.party.PartyEvent.RelationshipTerminated;
import org.trustledger.domain.party.PartyEvent.RequestReceived;
import org.trustledger.domain.party.PartyEvent.TroubleLogged;

class PartyEventTypesTest {

    @Test
    void everyPermittedEvent_hasAStoredName() {
        Set<Class<?>> named = Set.copyOf(PartyEventTypes.all().keySet());

        assertThat(named).containsExactlyInAnyOrder(PartyEvent.class.getPermittedSubclasses());
        assertThat(named).hasSize(16);
    }

    @Test
    void storedNames_areUniqueAndNotBlank() {
        assertThat(PartyEventTypes.all().values())
                .doesNotHaveDuplicates()
                .allSatisfy(name -> assertThat(name).isNotBlank());
    }

    @Test
    void everyPermittedEvent_roundTripsThroughItsStoredName() {
        for (Class<?> type : PartyEvent.class.getPermittedSubclasses()) {
            String name = PartyEventTypes.nameOf(type).orElseThrow(() -> new AssertionError("no name for " + type));

            assertThat(PartyEventTypes.classOf(name))
                    .as("class stored as %s", name)
                    .contains(type.asSubclass(PartyEvent.class));
        }
    }

    @Test
    void storedNames_neverChange() {
        // These names are in stored history: renaming one orphans every event already stored under it.
        assertThat(PartyEventTypes.all())
                .containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                        Map.entry(PartyRegistered.class, "PartyRegistered"),
                        Map.entry(PartyAmended.class, "PartyAmended"),
                        Map.entry(RequestReceived.class, "RequestReceived"),
                        Map.entry(CallerIdentified.class, "CallerIdentified"),
                        Map.entry(TroubleLogged.class, "TroubleLogged"),
                        Map.entry(PaymentShort.class, "PaymentShort"),
                        Map.entry(PaymentSettled.class, "PaymentSettled"),
                        Map.entry(RelationshipTerminated.class, "RelationshipTerminated"),
                        Map.entry(RelationshipReinstated.class, "RelationshipReinstated"),
                        Map.entry(PartyEvent.RenameConfirmed.class, "RenameConfirmed"),
                        Map.entry(LinkReviewed.class, "LinkReviewed"),
                        Map.entry(PartyEvent.EntryRetracted.class, "EntryRetracted"),
                        Map.entry(PartyEvent.PersonalDataErased.class, "PersonalDataErased"),
                        Map.entry(PartyEvent.PersonalDataRequested.class, "PersonalDataRequested"),
                        Map.entry(PartyEvent.PersonalDataRequestRefused.class, "PersonalDataRequestRefused"),
                        Map.entry(PartyEvent.PersonalDataRequestAnswered.class, "PersonalDataRequestAnswered")));
    }

    @Test
    void unknownTypesAndNames_areNotFound() {
        assertThat(PartyEventTypes.nameOf(String.class)).isEmpty();
        assertThat(PartyEventTypes.nameOf(PartyEvent.class)).isEmpty();
        assertThat(PartyEventTypes.classOf("PartyDeleted")).isEmpty();
        assertThat(PartyEventTypes.classOf("partyregistered")).isEmpty();
    }
}
