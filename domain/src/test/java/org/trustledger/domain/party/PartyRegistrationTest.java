package org.trustledger.domain.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trustledger.domain.party.DeciderSpec.given;
import static org.trustledger.domain.party.PartyFixtures.acme;
import static org.trustledger.domain.party.PartyFixtures.acmeDetails;
import static org.trustledger.domain.party.PartyFixtures.amend;
import static org.trustledger.domain.party.PartyFixtures.amended;
import static org.trustledger.domain.party.PartyFixtures.identifyCaller;
import static org.trustledger.domain.party.PartyFixtures.logTrouble;
import static org.trustledger.domain.party.PartyFixtures.party;
import static org.trustledger.domain.party.PartyFixtures.proxyRequestRefused;
import static org.trustledger.domain.party.PartyFixtures.recordPaymentShort;
import static org.trustledger.domain.party.PartyFixtures.register;
import static org.trustledger.domain.party.PartyFixtures.registered;
import static org.trustledger.domain.party.PartyFixtures.reinstate;
import static org.trustledger.domain.party.PartyFixtures.settlePayment;
import static org.trustledger.domain.party.PartyFixtures.tanaka;
import static org.trustledger.domain.party.PartyFixtures.terminate;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.trustledger.domain.HistoryConflictException;
import org.trustledger.domain.InvalidValueException;
import org.trustledger.domain.UnknownPartyException;
import org.trustledger.domain.identity.Address;
import org.trustledger.domain.identity.PhoneNumber;
import org.trustledger.domain.party.PartyCommand.RegisterParty;

class PartyRegistrationTest {
    private final PartyId acme = acme();

    /** One of each command but registration, all for a party that was never registered. */
    static Stream<PartyCommand> everyCommandButRegister() {
        PartyId unknown = party(99);
        return Stream.of(
                amend(unknown, PartyKind.RESELLER, acmeDetails()),
                proxyRequestRefused(unknown),
                identifyCaller(unknown, "佐藤", false),
                logTrouble(unknown, TroubleCategory.WRONG_PLAN),
                recordPaymentShort(unknown, "INV-1", 33_000, 32_560, ShortfallReason.BANK_FEE_DEDUCTED, 0),
                settlePayment(unknown, "INV-1", 440),
                terminate(unknown),
                reinstate(unknown),
                new PartyCommand.ReviewLink(unknown, acme(), false, "確認", PartyFixtures.T0),
                new PartyCommand.RecordRename(unknown, acme(), "確認", PartyFixtures.T0),
                new PartyCommand.RetractEntry(unknown, 2, "記録の誤り", PartyFixtures.T0),
                new PartyCommand.ErasePersonalData(unknown, "本人からの請求", PartyFixtures.T0),
                new PartyCommand.RecordPersonalDataRequest(
                        unknown, PersonalDataRequestKind.ERASURE, Channel.PHONE, null, PartyFixtures.T0),
                new PartyCommand.RefusePersonalDataRequest(unknown, 2, "再発防止のため", PartyFixtures.T0),
                new PartyCommand.AnswerPersonalDataRequest(unknown, 2, null, PartyFixtures.T0));
    }

    @Test
    void everyCommandButRegister_coversEveryKindOfCommand() {
        // Keeps the next test honest when a new command is added.
        List<Class<?>> covered =
                everyCommandButRegister().<Class<?>>map(Object::getClass).toList();

        assertThat(covered)
                .doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(PartyCommand.class.getPermittedSubclasses())
                        .filter(type -> type != RegisterParty.class)
                        .toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyCommandButRegister")
    void givenUnregisteredParty_whenAnythingButRegister_thenRejectedAsUnknown(PartyCommand command) {
        UnknownPartyException rejection =
                given().when(command).thenRejectedWith(UnknownPartyException.class, "register the party first");

        assertThat(rejection.partyId()).isEqualTo(party(99).value());
        assertThat(rejection).hasMessageContaining(party(99).toString());
    }

    @Test
    void givenOtherPartyRegisteredOnly_whenLoggingTroubleForTheUnknownOne_thenRejectedAsUnknown() {
        // The decider is handed the unknown party's own (empty) history, not another party's.
        given().when(logTrouble(tanaka(), TroubleCategory.WRONG_PLAN))
                .thenRejectedWith(UnknownPartyException.class, tanaka().toString());
    }

    @Test
    void givenNothing_whenRegistered_thenPartyRegistered() {
        PartyState state = given().when(register(acme)).then(registered(acme));

        assertThat(state.registered()).isTrue();
        assertThat(state.partyId()).isEqualTo(acme);
        assertThat(state.kind()).isEqualTo(PartyKind.RESELLER);
        assertThat(state.details()).isEqualTo(acmeDetails());
        assertThat(state.terminated()).isFalse();
    }

    @Test
    void givenRegisteredParty_whenRegisteredAgain_thenRejected() {
        given(registered(acme))
                .when(register(acme))
                .thenRejectedWith(HistoryConflictException.class, "already registered");
    }

    @Test
    void givenRegisteredParty_whenRegisteredAgainWithOtherDetails_thenRejected() {
        given(registered(acme))
                .when(register(acme, PartyKind.CARRIER, PartyFixtures.details("アクメ回線")))
                .thenRejectedWith(HistoryConflictException.class, "already registered");
    }

    @Test
    void givenRegisteredParty_whenAmendedWithTheSameKindAndDetails_thenNothingIsRecorded() {
        given(registered(acme))
                .when(amend(acme, PartyKind.RESELLER, acmeDetails()))
                .thenNothing();
    }

    @Test
    void givenRegisteredParty_whenAmendedWithTheSamePhoneWrittenDifferently_thenNothingIsRecorded() {
        PartyDetails sameDetailsOtherNotation = new PartyDetails(
                acmeDetails().name(),
                List.of(PhoneNumber.parse("(03)1234-5678")),
                acmeDetails().address(),
                acmeDetails().representative(),
                acmeDetails().bankAccount());

        given(registered(acme))
                .when(amend(acme, PartyKind.RESELLER, sameDetailsOtherNotation))
                .thenNothing();
    }

    @Test
    void givenAmendedParty_whenAmendedAgainWithTheAmendedDetails_thenNothingIsRecorded() {
        PartyDetails moved = movedTo("東京都新宿区西新宿二丁目8番1号 10階");

        given(registered(acme), amended(acme, PartyKind.RESELLER, moved))
                .when(amend(acme, PartyKind.RESELLER, moved))
                .thenNothing();
    }

    @Test
    void givenRegisteredParty_whenAmendedWithNewAddress_thenPartyAmended() {
        PartyDetails moved = movedTo("東京都新宿区西新宿二丁目8番1号 10階");

        PartyState state = given(registered(acme))
                .when(amend(acme, PartyKind.RESELLER, moved))
                .then(amended(acme, PartyKind.RESELLER, moved));

        assertThat(state.details()).isEqualTo(moved);
    }

    @Test
    void givenRegisteredParty_whenAmendedWithNewKindOnly_thenPartyAmended() {
        PartyState state = given(registered(acme))
                .when(amend(acme, PartyKind.CARRIER, acmeDetails()))
                .then(amended(acme, PartyKind.CARRIER, acmeDetails()));

        assertThat(state.kind()).isEqualTo(PartyKind.CARRIER);
    }

    @Test
    void givenNothing_whenRegisteredWithoutAnId_thenRejected() {
        // Otherwise the event would replay to a party that is still unregistered, and could be registered again.
        given().when(new RegisterParty(null, PartyKind.RESELLER, acmeDetails(), PartyFixtures.T0))
                .thenRejectedWith(InvalidValueException.class, "partyId");
    }

    @Test
    void givenNothing_whenTroubleLoggedWithoutAnId_thenRejected() {
        given().when(logTrouble(null, TroubleCategory.WRONG_PLAN))
                .thenRejectedWith(InvalidValueException.class, "partyId");
    }

    private static PartyDetails movedTo(String address) {
        PartyDetails acme = acmeDetails();
        return new PartyDetails(
                acme.name(), acme.phones(), new Address(address), acme.representative(), acme.bankAccount());
    }
}
