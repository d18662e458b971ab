package org.trustledger.domain.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.trustledger.domain.party.DeciderSpec.given;
import static org.trustledger.domain.party.PartyFixtures.REFUSAL_REASON;
import static org.trustledger.domain.party.PartyFixtures.T0;
import static org.trustledger.domain.party.PartyFixtures.acme;
import static org.trustledger.domain.party.PartyFixtures.callerIdentified;
import static org.trustledger.domain.party.PartyFixtures.identifyCaller;
import static org.trustledger.domain.party.PartyFixtures.proxyRequestRefused;
import static org.trustledger.domain.party.PartyFixtures.proxyRequestRefusedEvent;
import static org.trustledger.domain.party.PartyFixtures.receiveRequest;
import static org.trustledger.domain.party.PartyFixtures.registered;
import static org.trustledger.domain.party.PartyFixtures.requestReceived;
import static org.trustledger.domain.party.PartyFixtures.tanaka;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trustledger.domain.InvalidValueException;
import org.trustledger.domain.party.PartyCommand.IdentifyCaller;
import org.trustledger.domain.party.PartyCommand.ReceiveRequest;

class RequestAndCallerTest {
    private final PartyId acme = acme();

    @Test
    void givenRegisteredReseller_whenProxyRequestRefusedWithReason_thenRequestReceived() {
        PartyState state =
                given(registered(acme)).when(proxyRequestRefused(acme)).then(proxyRequestRefusedEvent(acme));

        assertThat(state.eventCount()).isEqualTo(2);
    }

    @Test
    void givenRegisteredCustomer_whenRequestAcceptedWithoutReasons_thenRequestReceived() {
        given(registered(tanaka()))
                .when(receiveRequest(tanaka(), Channel.WEB_FORM, false, Answer.ACCEPTED))
                .then(requestReceived(tanaka(), Channel.WEB_FORM, false, Answer.ACCEPTED));
    }

    @Test
    void givenRegisteredParty_whenRequestNotYetAnswered_thenRequestReceivedWithoutAnswer() {
        given(registered(acme))
                .when(receiveRequest(acme, Channel.FAX, true, null))
                .then(requestReceived(acme, Channel.FAX, true, null));
    }

    @Test
    void requestRefusedWithoutReasons_isRejectedOnConstruction() {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> receiveRequest(acme, Channel.PHONE, true, Answer.REFUSED))
                .withMessageContaining("a refusal needs at least one reason")
                .extracting(InvalidValueException::field)
                .isEqualTo("reasons");
    }

    @Test
    void requestRefusedWithOnlyBlankReasons_isRejectedOnConstruction() {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> new ReceiveRequest(
                        acme, Channel.PHONE, true, "代理依頼", Answer.REFUSED, Arrays.asList(" ", null, "\t"), T0))
                .withMessageContaining("at least one reason");
    }

    @Test
    void requestWithReasonsButNoAnswerYet_keepsThePointsToWeigh() {
        var undecided = receiveRequest(acme, Channel.PHONE, true, null, REFUSAL_REASON);

        assertThat(undecided.answer()).isNull();
        assertThat(undecided.reasons()).containsExactly(REFUSAL_REASON);
    }

    @Test
    void requestReasons_areStrippedOfBlanks() {
        ReceiveRequest request = new ReceiveRequest(
                acme, Channel.PHONE, true, " 代理依頼 ", Answer.REFUSED, List.of("  " + REFUSAL_REASON + " ", " "), T0);

        assertThat(request.summary()).isEqualTo("代理依頼");
        assertThat(request.reasons()).containsExactly(REFUSAL_REASON);
    }

    @Test
    void requestWithoutSummary_isRejectedOnConstruction() {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> new ReceiveRequest(acme, Channel.PHONE, false, " ", null, List.of(), T0))
                .extracting(InvalidValueException::field)
                .isEqualTo("summary");
    }

    @Test
    void callerWhoGaveFullNameButNoNameWrittenDown_isRejectedOnConstruction() {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> identifyCaller(acme, null, true))
                .withMessageContaining("write it down")
                .extracting(InvalidValueException::field)
                .isEqualTo("name");
    }

    @Test
    void givenRegisteredReseller_whenCallerWithholdsFullName_thenCallerIdentifiedWithNameWithheld() {
        given(registered(acme)).when(identifyCaller(acme, null, false)).then(callerIdentified(acme, null, false));
    }

    @Test
    void givenRegisteredReseller_whenCallerGivesFullName_thenCallerIdentified() {
        given(registered(acme)).when(identifyCaller(acme, "鈴木一郎", true)).then(callerIdentified(acme, "鈴木一郎", true));
    }

    @Test
    void callerRole_isOptionalAndStripped() {
        IdentifyCaller blankRole = new IdentifyCaller(acme, null, false, "  ", null, T0);
        IdentifyCaller role = new IdentifyCaller(acme, null, false, " 営業 ", null, T0);

        assertThat(blankRole.role()).isNull();
        assertThat(role.role()).isEqualTo("営業");
    }
}
