package org.trustledger.domain.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.trustledger.domain.party.DeciderSpec.given;
import static org.trustledger.domain.party.PartyFixtures.T0;
import static org.trustledger.domain.party.PartyFixtures.T0_DATE;
import static org.trustledger.domain.party.PartyFixtures.acme;
import static org.trustledger.domain.party.PartyFixtures.logTrouble;
import static org.trustledger.domain.party.PartyFixtures.registered;
import static org.trustledger.domain.party.PartyFixtures.terminated;
import static org.trustledger.domain.party.PartyFixtures.troubleLogged;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.trustledger.domain.InvalidValueException;
import org.trustledger.domain.party.PartyCommand.LogTrouble;

class TroubleLoggingTest {
    private final PartyId acme = acme();

    /** 00:30 on 2 April in Tokyo, while it is still 1 April in UTC. */
    private static final Instant JUST_AFTER_MIDNIGHT_IN_TOKYO = Instant.parse("2024-04-01T15:30:00Z");

    /** 23:30 on 1 April in Tokyo. */
    private static final Instant JUST_BEFORE_MIDNIGHT_IN_TOKYO = Instant.parse("2024-04-01T14:30:00Z");

    @Test
    void givenRegisteredReseller_whenTroubleLogged_thenTroubleLogged() {
        PartyState state = given(registered(acme))
                .when(logTrouble(acme, TroubleCategory.WRONG_PLAN))
                .then(troubleLogged(acme, TroubleCategory.WRONG_PLAN));

        assertThat(state.eventCount()).isEqualTo(2);
    }

    @Test
    void givenRegisteredReseller_whenTroubleThatHappenedTodayInTokyoIsLogged_thenTroubleLogged() {
        // 2 April is "today" in Tokyo, though it is tomorrow in UTC: the shop's calendar decides.
        LocalDate todayInTokyo = LocalDate.of(2024, 4, 2);

        given(registered(acme))
                .when(logTrouble(acme, TroubleCategory.UNRESPONSIVE, todayInTokyo, JUST_AFTER_MIDNIGHT_IN_TOKYO))
                .then(troubleLogged(acme, TroubleCategory.UNRESPONSIVE, todayInTokyo, JUST_AFTER_MIDNIGHT_IN_TOKYO));
    }

    @Test
    void givenRegisteredReseller_whenTroubleDatedTomorrowInTokyoIsLogged_thenRejected() {
        given(registered(acme))
                .when(logTrouble(
                        acme, TroubleCategory.UNRESPONSIVE, LocalDate.of(2024, 4, 2), JUST_BEFORE_MIDNIGHT_IN_TOKYO))
                .thenRejectedWith(InvalidValueException.class, "is in the future");
    }

    @Test
    void givenRegisteredReseller_whenTroubleInTheFutureIsLogged_thenRejectedNamingTheField() {
        InvalidValueException rejection = given(registered(acme))
                .when(logTrouble(acme, TroubleCategory.DATA_ERROR, T0_DATE.plusDays(30), T0))
                .thenRejectedWith(InvalidValueException.class, "2024-05-01");

        assertThat(rejection.field()).isEqualTo("occurredOn");
    }

    @Test
    void givenRegisteredReseller_whenTroubleDatedInTheFirstCenturyIsLogged_thenRejectedNamingTheField() {
        InvalidValueException rejection = given(registered(acme))
                .when(logTrouble(acme, TroubleCategory.DATA_ERROR, LocalDate.of(1, 1, 1), T0))
                .thenRejectedWith(InvalidValueException.class, "0001-01-01");

        assertThat(rejection.field()).isEqualTo("occurredOn");
    }

    @Test
    void givenRegisteredReseller_whenTroubleFromLastYearIsLogged_thenTroubleLogged() {
        LocalDate lastYear = T0_DATE.minusYears(1);

        given(registered(acme))
                .when(logTrouble(acme, TroubleCategory.PROMISE_BROKEN, lastYear, T0))
                .then(troubleLogged(acme, TroubleCategory.PROMISE_BROKEN, lastYear, T0));
    }

    @Test
    void givenRegisteredReseller_whenTroubleWithUnknownDateIsLogged_thenTroubleLogged() {
        given(registered(acme))
                .when(logTrouble(acme, TroubleCategory.SCOPE_CREEP, null, T0))
                .then(troubleLogged(acme, TroubleCategory.SCOPE_CREEP, null, T0));
    }

    @Test
    void givenTerminatedReseller_whenTroubleLogged_thenStillRecorded() {
        // The ledger keeps recording what happens; termination only changes the answer to new requests.
        given(registered(acme), terminated(acme))
                .when(logTrouble(acme, TroubleCategory.COMPLAINTS_REDIRECTED))
                .then(troubleLogged(acme, TroubleCategory.COMPLAINTS_REDIRECTED));
    }

    @Test
    void givenRegisteredReseller_whenTroubleLoggedWithoutRecordedAt_thenRejected() {
        given(registered(acme))
                .when(logTrouble(acme, TroubleCategory.WRONG_PLAN, T0_DATE, null))
                .thenRejectedWith(InvalidValueException.class, "recordedAt");
    }

    @Test
    void troubleWithoutCategorySeverityOrDescription_isRejectedOnConstruction() {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> new LogTrouble(acme, null, Severity.MINOR, "x", T0_DATE, T0))
                .extracting(InvalidValueException::field)
                .isEqualTo("category");
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> new LogTrouble(acme, TroubleCategory.OTHER, null, "x", T0_DATE, T0))
                .extracting(InvalidValueException::field)
                .isEqualTo("severity");
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> new LogTrouble(acme, TroubleCategory.OTHER, Severity.MINOR, " ", T0_DATE, T0))
                .extracting(InvalidValueException::field)
                .isEqualTo("description");
    }

    @Test
    void troubleDescriptionLongerThan4000Characters_isRejectedOnConstruction() {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() ->
                        new LogTrouble(acme, TroubleCategory.OTHER, Severity.MINOR, "あ".repeat(4001), T0_DATE, T0))
                .withMessageContaining("at most 4000");
    }

    @Test
    void givenRegisteredReseller_whenTroubleLoggedWithAStaffNote_thenTheNoteIsPartOfTheTrouble() {
        var command =
                new LogTrouble(acme, TroubleCategory.OTHER, Severity.MINOR, "工事日を三回変更", "  日程調整の不履行  ", T0_DATE, T0);

        given(registered(acme))
                .when(command)
                .then(new PartyEvent.TroubleLogged(
                        acme, TroubleCategory.OTHER, Severity.MINOR, "工事日を三回変更", "日程調整の不履行", T0_DATE, T0));
    }

    @Test
    void aBlankStaffNote_isNoNote_andOneLongerThan500Characters_isRejectedOnConstruction() {
        assertThat(new LogTrouble(acme, TroubleCategory.OTHER, Severity.MINOR, "x", " ", T0_DATE, T0).staffNote())
                .isNull();
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() ->
                        new LogTrouble(acme, TroubleCategory.OTHER, Severity.MINOR, "x", "あ".repeat(501), T0_DATE, T0))
                .extracting(InvalidValueException::field)
                .isEqualTo("staffNote");
    }
}
