package org.trustledger.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.trustledger.domain.identity.Address;
import org.trustledger.domain.identity.BankAccount;
import org.trustledger.domain.identity.PartyName;
import org.trustledger.domain.identity.PersonName;
import org.trustledger.domain.identity.PhoneNumber;
import org.trustledger.domain.party.PartyDecider;
import org.trustledger.domain.party.PartyDetails;
import org.trustledger.domain.party.PartyEvent;
import org.trustledger.domain.party.PartyId;
import org.trustledger.domain.party.PartyKind;
import org.trustledger.domain.party.PartyState;
import org.trustledger.domain.party.Yen;

class AsStoredTest {
    private static final String TOO_LONG_NAME = "株式会社" + "長".repeat(PartyName.MAX_LENGTH);
    private static final List<PhoneNumber> TOO_MANY_PHONES = IntStream.rangeClosed(1, PartyDetails.MAX_PHONES + 1)
            .mapToObj(i -> new PhoneNumber("+8131234" + String.format("%04d", i)))
            .toList();

    @Test
    void outsideReading_todaysRulesRefuseTheValues() {
        assertThatExceptionOfType(InvalidValueException.class).isThrownBy(() -> new PartyName(TOO_LONG_NAME));
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> new PartyDetails(new PartyName("ネクストライン"), TOO_MANY_PHONES, null, null, null));
        assertThatExceptionOfType(InvalidValueException.class).isThrownBy(() -> new PhoneNumber("03-1234-5678"));
        assertThatExceptionOfType(InvalidValueException.class).isThrownBy(() -> new Yen(-1));
    }

    @Test
    void whileReadingStoredValues_theyAreKeptExactlyAsStored_andFold() {
        PartyId party = new PartyId(UUID.randomUUID());
        PartyEvent registered = AsStored.read(() -> new PartyEvent.PartyRegistered(
                party,
                PartyKind.RESELLER,
                new PartyDetails(
                        new PartyName(TOO_LONG_NAME),
                        TOO_MANY_PHONES,
                        new Address(" "),
                        new PersonName("x".repeat(PersonName.MAX_LENGTH + 1)),
                        new BankAccount("みずほ銀行", "新宿支店", null, "１２３-４５６７", " ")),
                Instant.parse("2026-03-01T01:00:00Z")));

        var details = ((PartyEvent.PartyRegistered) registered).details();
        assertThat(details.name().value()).isEqualTo(TOO_LONG_NAME);
        assertThat(details.phones()).hasSize(PartyDetails.MAX_PHONES + 1);
        assertThat(details.address().value()).isEqualTo(" ");
        assertThat(details.bankAccount().number()).isEqualTo("１２３-４５６７");
        assertThat(details.bankAccount().type()).isEqualTo(BankAccount.AccountType.ORDINARY);
        PartyState state = PartyDecider.replay(List.of(registered));
        assertThat(state.registered()).isTrue();
    }

    @Test
    void afterReading_andAfterAReadingThatFailed_theRulesApplyAgain() {
        AsStored.read(() -> AsStored.read(() -> new PartyName(TOO_LONG_NAME)));
        assertThat(AsStored.rulesApply()).isTrue();
        assertThatExceptionOfType(IllegalStateException.class)
                .isThrownBy(() -> AsStored.read(() -> {
                    throw new IllegalStateException("unreadable");
                }));

        assertThat(AsStored.rulesApply()).isTrue();
        assertThatExceptionOfType(InvalidValueException.class).isThrownBy(() -> new PartyName(TOO_LONG_NAME));
    }

    @Test
    void theLineOfAStoredNumber_isTakenAsStored_evenWhenTodaysRulesWouldRefuseIt() {
        PhoneNumber stored = AsStored.read(() -> new PhoneNumber("+81-3-1234-5678", "12"));

        assertThat(stored.base().e164()).isEqualTo("+81-3-1234-5678");
    }
}
