package org.trustledger.domain.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trustledger.domain.party.DeciderSpec.given;
import static org.trustledger.domain.party.PartyFixtures.T0;
import static org.trustledger.domain.party.PartyFixtures.acme;
import static org.trustledger.domain.party.PartyFixtures.registered;
import static org.trustledger.domain.party.PartyFixtures.terminated;
import static org.trustledger.domain.party.PartyFixtures.troubleLogged;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trustledger.domain.HistoryConflictException;
import org.trustledger.domain.identity.Address;
import org.trustledger.domain.identity.EmailAddress;
import org.trustledger.domain.identity.Erasure;
import org.trustledger.domain.identity.PartyName;
import org.trustledger.domain.identity.PersonName;
import org.trustledger.domain.identity.PhoneNumber;
import org.trustledger.domain.party.PartyCommand.ErasePersonalData;
import org.trustledger.domain.party.PartyCommand.RetractEntry;
import org.trustledger.domain.party.PartyEvent.PersonalDataErased;

class PersonalDataErasureTest {
    private final PartyId acme = acme();

    @Test
    void givenATerminatedParty_whenItsPersonalDataIsErased_thenTheErasureIsRecorded_andNothingItDidChanges() {
        PartyState state = given(registered(acme), troubleLogged(acme, TroubleCategory.WRONG_PLAN), terminated(acme))
                .when(new ErasePersonalData(acme, "本人からの請求", T0))
                .then(new PersonalDataErased(acme, "本人からの請求", T0));

        assertThat(state.terminated()).isTrue();
        assertThat(state.troubleCount()).isEqualTo(1);
    }

    @Test
    void givenAnErasure_whenItIsRetracted_thenRejected_forAnErasureIsFinal() {
        given(registered(acme), new PersonalDataErased(acme, "本人からの請求", T0))
                .when(new RetractEntry(acme, 2, "誤り", T0))
                .thenRejectedWith(HistoryConflictException.class, "an erasure is final");
    }

    @Test
    void erasedValues_identifyNoOne_soTwoErasedPeopleNeverLookAlike() {
        PartyDetails erased = new PartyDetails(
                new PartyName(Erasure.MARK),
                List.of(new PhoneNumber(Erasure.MARK, null)),
                new Address(Erasure.MARK),
                new PersonName(Erasure.MARK),
                null,
                List.of(new EmailAddress(Erasure.MARK)),
                List.of());

        assertThat(erased.identity().indexKeys()).isEmpty();
        assertThat(new PersonName(Erasure.MARK).key().callerIndexKeys()).isEmpty();
        assertThat(new PersonName(Erasure.MARK).key().samePerson(new PersonName(Erasure.MARK).key()))
                .isFalse();
    }

    @Test
    void anErasedCustomerWhoseDetailsWereAmended_stillFolds_andTheErasedValuesAreNoFormerKeys() {
        PartyDetails erased = new PartyDetails(
                new PartyName(Erasure.MARK),
                List.of(new PhoneNumber(Erasure.MARK, null)),
                new Address(Erasure.MARK),
                null,
                null,
                List.of(new EmailAddress(Erasure.MARK)),
                List.of());
        PartyId customer = PartyId.of("7c1d2e3f-4a5b-4c6d-8e7f-901a2b3c4d5e");

        PartyState state = PartyDecider.replay(List.of(
                new PartyEvent.PartyRegistered(customer, PartyKind.CUSTOMER, erased, T0),
                new PartyEvent.PartyAmended(customer, PartyKind.CUSTOMER, erased, T0.plusSeconds(60)),
                new PersonalDataErased(customer, "本人からの請求", T0.plusSeconds(120))));

        assertThat(state.eventCount()).isEqualTo(3);
        assertThat(PartyIdentityHistory.indexKeys(state)).isEmpty();
    }
}
