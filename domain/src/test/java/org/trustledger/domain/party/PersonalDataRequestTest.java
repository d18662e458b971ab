package org.trustledger.domain.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.trustledger.domain.party.DeciderSpec.given;
import static org.trustledger.domain.party.PartyFixtures.T0;
import static org.trustledger.domain.party.PartyFixtures.T0_DATE;
import static org.trustledger.domain.party.PartyFixtures.acme;
import static org.trustledger.domain.party.PartyFixtures.registered;
import static org.trustledger.domain.party.PartyFixtures.troubleLogged;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.trustledger.domain.HistoryConflictException;
import org.trustledger.domain.InvalidValueException;
import org.trustledger.domain.UnknownEntryException;
import org.trustledger.domain.party.PartyCommand.AnswerPersonalDataRequest;
import org.trustledger.domain.party.PartyCommand.ErasePersonalData;
import org.trustledger.domain.party.PartyCommand.RecordPersonalDataRequest;
import org.trustledger.domain.party.PartyCommand.RefusePersonalDataRequest;
import org.trustledger.domain.party.PartyCommand.RetractEntry;
import org.trustledger.domain.party.PartyEvent.EntryRetracted;
import org.trustledger.domain.party.PartyEvent.PersonalDataErased;
import org.trustledger.domain.party.PartyEvent.PersonalDataRequestAnswered;
import org.trustledger.domain.party.PartyEvent.PersonalDataRequestRefused;
import org.trustledger.domain.party.PartyEvent.PersonalDataRequested;
import org.trustledger.domain.party.PersonalDataRequests.Request;

class PersonalDataRequestTest {
    private static final String FRAUD = "同じ手口の再発防止のため保持する";
    private final PartyId acme = acme();

    private PersonalDataRequested asked(PersonalDataRequestKind kind) {
        return new PersonalDataRequested(acme, kind, Channel.PHONE, T0_DATE, T0);
    }

    @Test
    void givenAParty_whenAPersonAsksToEraseTheirData_thenTheRequestIsRecorded_receivedTodayInJapanUnlessSaid() {
        given(registered(acme))
                .when(new RecordPersonalDataRequest(acme, PersonalDataRequestKind.ERASURE, Channel.PHONE, null, T0))
                .then(new PersonalDataRequested(acme, PersonalDataRequestKind.ERASURE, Channel.PHONE, T0_DATE, T0));
        given(registered(acme))
                .when(new RecordPersonalDataRequest(
                        acme, PersonalDataRequestKind.DISCLOSURE, Channel.EMAIL, T0_DATE.minusDays(3), T0))
                .then(new PersonalDataRequested(
                        acme, PersonalDataRequestKind.DISCLOSURE, Channel.EMAIL, T0_DATE.minusDays(3), T0));
    }

    @Test
    void aRequestReceivedTomorrow_orBefore1900_orWithoutKindOrChannel_isRefusedNamingTheField() {
        given(registered(acme))
                .when(new RecordPersonalDataRequest(
                        acme, PersonalDataRequestKind.CORRECTION, Channel.FAX, T0_DATE.plusDays(1), T0))
                .thenRejectedWith(InvalidValueException.class, "receivedOn");
        given(registered(acme))
                .when(new RecordPersonalDataRequest(
                        acme, PersonalDataRequestKind.CORRECTION, Channel.FAX, LocalDate.of(1899, 12, 31), T0))
                .thenRejectedWith(InvalidValueException.class, "receivedOn");
        assertThatThrownBy(() -> new RecordPersonalDataRequest(acme, null, Channel.FAX, null, T0))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).field())
                .isEqualTo("kind");
        assertThatThrownBy(() -> new RecordPersonalDataRequest(acme, PersonalDataRequestKind.ERASURE, null, null, T0))
                .extracting(e -> ((InvalidValueException) e).field())
                .isEqualTo("channel");
    }

    @Test
    void givenARequestToErase_whenTheManagerRefusesItWithAReason_thenTheRefusalNamesTheRequest() {
        PartyState state = given(registered(acme), asked(PersonalDataRequestKind.ERASURE))
                .when(new RefusePersonalDataRequest(acme, 2, FRAUD, T0))
                .then(new PersonalDataRequestRefused(acme, 2, FRAUD, T0));

        assertThat(PersonalDataRequests.of(state))
                .containsExactly(new Request(2, PersonalDataRequestKind.ERASURE, Channel.PHONE, T0_DATE, 3L));
        assertThat(PersonalDataRequests.open(state)).isEmpty();
    }

    @Test
    void aRefusal_needsAReason() {
        assertThatThrownBy(() -> new RefusePersonalDataRequest(acme, 2, "  ", T0))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).field())
                .isEqualTo("reason");
    }

    @Test
    void givenARefusedRequest_whenRefusedAgain_thenRejected_forItWasAnswered() {
        given(
                        registered(acme),
                        asked(PersonalDataRequestKind.DISCLOSURE),
                        new PersonalDataRequestRefused(acme, 2, FRAUD, T0))
                .when(new RefusePersonalDataRequest(acme, 2, FRAUD, T0))
                .thenRejectedWith(HistoryConflictException.class, "already answered, by entry 3");
    }

    @Test
    void refusingAnEntryThatIsNoRequest_orNoEntryAtAll_isRefused() {
        given(registered(acme), troubleLogged(acme, TroubleCategory.WRONG_PLAN))
                .when(new RefusePersonalDataRequest(acme, 2, FRAUD, T0))
                .thenRejectedWith(HistoryConflictException.class, "not a person's request");
        given(registered(acme))
                .when(new RefusePersonalDataRequest(acme, 5, FRAUD, T0))
                .thenRejectedWith(UnknownEntryException.class, "no entry 5");
    }

    @Test
    void givenARetractedRequest_whenRefused_thenRejected_forItNoLongerCounts() {
        given(registered(acme), asked(PersonalDataRequestKind.ERASURE), new EntryRetracted(acme, 2, "別の方の請求だった", T0))
                .when(new RefusePersonalDataRequest(acme, 2, FRAUD, T0))
                .thenRejectedWith(HistoryConflictException.class, "not a person's request");
    }

    @Test
    void givenARequestToErase_whenErasedWithoutNamingIt_thenTheErasureAnswersTheEarliestOpenOne() {
        PartyState state = given(
                        registered(acme),
                        asked(PersonalDataRequestKind.DISCLOSURE),
                        asked(PersonalDataRequestKind.ERASURE),
                        asked(PersonalDataRequestKind.ERASURE))
                .when(new ErasePersonalData(acme, "本人からの請求", T0))
                .then(new PersonalDataErased(acme, 3L, "本人からの請求", T0));

        // Erased once, every earlier request to erase is answered; the disclosure still waits for its answer.
        assertThat(PersonalDataRequests.open(state))
                .extracting(Request::sequence)
                .containsExactly(2L);
        assertThat(PersonalDataRequests.of(state))
                .extracting(Request::answeredBy)
                .containsExactly(null, 5L, 5L);
    }

    @Test
    void anErasureWithNoRequestRecorded_isStillAllowed_answeringNone() {
        given(registered(acme))
                .when(new ErasePersonalData(acme, "本人からの請求", T0))
                .then(new PersonalDataErased(acme, null, "本人からの請求", T0));
    }

    @Test
    void anErasureNamingARequest_answersThatOne_whichMustBeAnOpenRequestToErase() {
        given(registered(acme), asked(PersonalDataRequestKind.ERASURE), asked(PersonalDataRequestKind.ERASURE))
                .when(new ErasePersonalData(acme, 3L, "本人からの請求", T0))
                .then(new PersonalDataErased(acme, 3L, "本人からの請求", T0));
        given(registered(acme), asked(PersonalDataRequestKind.CORRECTION))
                .when(new ErasePersonalData(acme, 2L, "本人からの請求", T0))
                .thenRejectedWith(HistoryConflictException.class, "answers only a request to stop use or erase");
        given(
                        registered(acme),
                        asked(PersonalDataRequestKind.ERASURE),
                        new PersonalDataRequestRefused(acme, 2, FRAUD, T0))
                .when(new ErasePersonalData(acme, 2L, "本人からの請求", T0))
                .thenRejectedWith(HistoryConflictException.class, "already answered");
        given(registered(acme))
                .when(new ErasePersonalData(acme, 9L, "本人からの請求", T0))
                .thenRejectedWith(UnknownEntryException.class, "no entry 9");
    }

    @Test
    void givenAnErasure_whenErasedAgain_thenRejected_forAPersonIsErasedOnce() {
        given(registered(acme), new PersonalDataErased(acme, "本人からの請求", T0))
                .when(new ErasePersonalData(acme, "本人からの請求", T0))
                .thenRejectedWith(HistoryConflictException.class, "already erased, by entry 2");
    }

    @Test
    void aRequestToEraseAfterTheErasure_isNotAnsweredByIt_andMayBeRefused() {
        given(registered(acme), new PersonalDataErased(acme, "本人からの請求", T0), asked(PersonalDataRequestKind.ERASURE))
                .when(new RefusePersonalDataRequest(acme, 3, "消去済み", T0))
                .then(new PersonalDataRequestRefused(acme, 3, "消去済み", T0));
    }

    @Test
    void givenARefusal_whenItIsRetracted_thenTheRequestIsOpenAgain() {
        PartyState state = given(
                        registered(acme),
                        asked(PersonalDataRequestKind.ERASURE),
                        new PersonalDataRequestRefused(acme, 2, FRAUD, T0))
                .when(new RetractEntry(acme, 3, "別の請求へのお断りだった", T0))
                .then(new EntryRetracted(acme, 3, "別の請求へのお断りだった", T0));

        assertThat(PersonalDataRequests.open(state))
                .extracting(Request::sequence)
                .containsExactly(2L);
    }

    @Test
    void givenAnAnsweredRequest_whenItIsRetracted_thenRejected_forARequestStaysWithItsAnswer() {
        given(
                        registered(acme),
                        asked(PersonalDataRequestKind.ERASURE),
                        new PersonalDataRequestRefused(acme, 2, FRAUD, T0))
                .when(new RetractEntry(acme, 2, "誤り", T0))
                .thenRejectedWith(HistoryConflictException.class, "answered by entry 3");
        given(registered(acme), asked(PersonalDataRequestKind.DISCLOSURE))
                .when(new RetractEntry(acme, 2, "誤り", T0))
                .then(new EntryRetracted(acme, 2, "誤り", T0));
    }

    @Test
    void requestsAndRefusals_changeNothingTheLedgerCounts() {
        PartyState before = PartyDecider.replay(java.util.List.of(registered(acme)));
        PartyState after = PartyDecider.replay(java.util.List.of(
                registered(acme),
                asked(PersonalDataRequestKind.ERASURE),
                new PersonalDataRequestRefused(acme, 2, FRAUD, T0)));

        assertThat(after.terminated()).isEqualTo(before.terminated());
        assertThat(after.troubleCount()).isEqualTo(before.troubleCount());
        assertThat(after.details()).isEqualTo(before.details());
        assertThat(after.eventCount()).isEqualTo(3);
    }

    @Test
    void onlyTheDecisionsThatLookBack_readEveryEntry() {
        assertThat(PartyDecider.readsEveryEntry(new RefusePersonalDataRequest(acme, 2, FRAUD, T0)))
                .isTrue();
        assertThat(PartyDecider.readsEveryEntry(new ErasePersonalData(acme, "本人からの請求", T0)))
                .isTrue();
        assertThat(PartyDecider.readsEveryEntry(
                        new RecordPersonalDataRequest(acme, PersonalDataRequestKind.ERASURE, Channel.PHONE, null, T0)))
                .isFalse();
    }

    @Test
    void givenARequestToSeeOrCorrect_whenTheManagerAnswersIt_thenTheAnswerNamesTheRequest_andItIsNoLongerOpen() {
        PartyState state = given(registered(acme), asked(PersonalDataRequestKind.DISCLOSURE))
                .when(new AnswerPersonalDataRequest(acme, 2, "書面で郵送", T0))
                .then(new PersonalDataRequestAnswered(acme, 2, "書面で郵送", T0));
        assertThat(PersonalDataRequests.of(state))
                .containsExactly(new Request(2, PersonalDataRequestKind.DISCLOSURE, Channel.PHONE, T0_DATE, 3L));
        assertThat(PersonalDataRequests.open(state)).isEmpty();

        given(registered(acme), asked(PersonalDataRequestKind.CORRECTION))
                .when(new AnswerPersonalDataRequest(acme, 2, "  ", T0))
                .then(new PersonalDataRequestAnswered(acme, 2, null, T0));
    }

    @Test
    void anAnswer_mayHaveAShortNoteOnly() {
        assertThatThrownBy(() -> new AnswerPersonalDataRequest(acme, 2, "あ".repeat(501), T0))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).field())
                .isEqualTo("note");
        assertThatThrownBy(() -> new AnswerPersonalDataRequest(acme, 0, null, T0))
                .extracting(e -> ((InvalidValueException) e).field())
                .isEqualTo("sequence");
    }

    @Test
    void answeringARequestToErase_isRejected_forTheErasureItselfAnswersIt() {
        given(registered(acme), asked(PersonalDataRequestKind.ERASURE))
                .when(new AnswerPersonalDataRequest(acme, 2, null, T0))
                .thenRejectedWith(HistoryConflictException.class, "answered by the erasure itself");
    }

    @Test
    void answeringARequestAlreadyAnsweredOrRefused_noRequest_aRetractedOne_orNoEntry_isRejected() {
        given(
                        registered(acme),
                        asked(PersonalDataRequestKind.DISCLOSURE),
                        new PersonalDataRequestAnswered(acme, 2, null, T0))
                .when(new AnswerPersonalDataRequest(acme, 2, null, T0))
                .thenRejectedWith(HistoryConflictException.class, "already answered, by entry 3");
        given(
                        registered(acme),
                        asked(PersonalDataRequestKind.CORRECTION),
                        new PersonalDataRequestRefused(acme, 2, FRAUD, T0))
                .when(new AnswerPersonalDataRequest(acme, 2, null, T0))
                .thenRejectedWith(HistoryConflictException.class, "already answered, by entry 3");
        given(
                        registered(acme),
                        asked(PersonalDataRequestKind.DISCLOSURE),
                        new PersonalDataRequestAnswered(acme, 2, null, T0))
                .when(new RefusePersonalDataRequest(acme, 2, FRAUD, T0))
                .thenRejectedWith(HistoryConflictException.class, "already answered, by entry 3");
        given(registered(acme), troubleLogged(acme, TroubleCategory.WRONG_PLAN))
                .when(new AnswerPersonalDataRequest(acme, 2, null, T0))
                .thenRejectedWith(HistoryConflictException.class, "not a person's request");
        given(registered(acme), asked(PersonalDataRequestKind.DISCLOSURE), new EntryRetracted(acme, 2, "別の方の請求だった", T0))
                .when(new AnswerPersonalDataRequest(acme, 2, null, T0))
                .thenRejectedWith(HistoryConflictException.class, "not a person's request");
        given(registered(acme))
                .when(new AnswerPersonalDataRequest(acme, 5, null, T0))
                .thenRejectedWith(UnknownEntryException.class, "no entry 5");
    }

    @Test
    void givenAnAnswer_whenItIsRetracted_thenTheRequestIsOpenAgain_butWhileItCountsTheRequestCannotBeRetracted() {
        given(
                        registered(acme),
                        asked(PersonalDataRequestKind.DISCLOSURE),
                        new PersonalDataRequestAnswered(acme, 2, null, T0))
                .when(new RetractEntry(acme, 2, "誤り", T0))
                .thenRejectedWith(HistoryConflictException.class, "answered by entry 3");
        PartyState state = given(
                        registered(acme),
                        asked(PersonalDataRequestKind.DISCLOSURE),
                        new PersonalDataRequestAnswered(acme, 2, null, T0))
                .when(new RetractEntry(acme, 3, "別の請求への回答だった", T0))
                .then(new EntryRetracted(acme, 3, "別の請求への回答だった", T0));
        assertThat(PersonalDataRequests.open(state))
                .extracting(Request::sequence)
                .containsExactly(2L);
    }

    @Test
    void anAnswer_looksBackAtTheRequest_soReadsEveryEntry() {
        assertThat(PartyDecider.readsEveryEntry(new AnswerPersonalDataRequest(acme, 2, null, T0)))
                .isTrue();
    }
}
