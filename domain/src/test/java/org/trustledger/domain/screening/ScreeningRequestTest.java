package org.trustledger.domain.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.trustledger.domain.screening.ScreeningFixtures.call;

import org.junit.jupiter.api.Test;
import org.trustledger.domain.InvalidValueException;
import org.trustledger.domain.identity.PartyIdentity;
import org.trustledger.domain.identity.PhoneNumber;
import org.trustledger.domain.party.Channel;
import org.trustledger.domain.party.PartyKind;

class ScreeningRequestTest {

    @Test
    void givenNothingThatIdentifiesTheCaller_thenRejectedWithWhatToEnter() {
        assertThatThrownBy(() -> call().nameWithheld()
                        .onBehalfOfCustomer()
                        .via(Channel.PHONE)
                        .request())
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("company name")
                .hasMessageContaining("phone number")
                .hasMessageContaining("what kind of party")
                .extracting(e -> ((InvalidValueException) e).field())
                .isEqualTo("request");
    }

    @Test
    void givenOnlyTheKindOfParty_thenAccepted() {
        ScreeningRequest request =
                call().kind(PartyKind.RESELLER).onBehalfOfCustomer().request();

        assertThat(request.identity().indexKeys()).isEmpty();
    }

    @Test
    void givenOnlyTheCallerName_thenAcceptedButNotMatchedOn() {
        ScreeningRequest request = call().caller("佐藤").request();

        assertThat(request.identity()).isEqualTo(new PartyIdentity(null, null, null, null, null));
    }

    @Test
    void identityCarriesCompanyNamePhoneAddressAccountAndRepresentative() {
        ScreeningRequest request = call().company("株式会社ネオ光ネット")
                .caller("鈴木")
                .phone("03-9999-0000")
                .address(ScreeningFixtures.ACME_ADDRESS)
                .bankAccount(ScreeningFixtures.ACME_BANK)
                .representative("山田 太郎")
                .request();

        PartyIdentity identity = request.identity();

        assertThat(identity.name()).isEqualTo(request.companyName());
        assertThat(identity.phones()).containsExactly(PhoneNumber.parse("(03)9999-0000"));
        assertThat(identity.address()).isEqualTo(request.address());
        assertThat(identity.bankAccount()).isEqualTo(ScreeningFixtures.ACME_BANK);
        assertThat(identity.representative()).isEqualTo(request.representative());
    }
}
