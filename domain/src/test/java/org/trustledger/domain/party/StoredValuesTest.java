package org.trustledger.domain.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.trustledger.domain.InvalidValueException;
import org.trustledger.domain.identity.Address;
import org.trustledger.domain.identity.BankAccount;
import org.trustledger.domain.identity.PartyName;
import org.trustledger.domain.identity.PersonName;
import org.trustledger.domain.identity.PhoneNumber;

/**
 * Values stored under an older, looser rule read back as they were stored and fold, through the canonical
 * constructors every reader uses; today's rules refuse them only where a person types them, in the factories and the
 * commands.
 */
class StoredValuesTest {
    private static final String TOO_LONG_NAME = "株式会社" + "長".repeat(PartyName.MAX_LENGTH);
    private static final List<PhoneNumber> TOO_MANY_PHONES = IntStream.rangeClosed(1, PartyDetails.MAX_PHONES + 1)
            .mapToObj(i -> new PhoneNumber("+8131234" + String.format("%04d", i)))
            .toList();
    private static final Instant AT = Instant.parse("2026-03-01T01:00:00Z");

    @Test
    void givenValuesTodaysRulesRefuse_whenTypedThroughTheFactories_thenRefusedWithTheirKeys() {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> PartyName.of(TOO_LONG_NAME))
                .satisfies(e -> assertThat(e.messageKey()).isEqualTo("error.tooLong"));
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> PartyDetails.of(PartyName.of("ネクストライン"), TOO_MANY_PHONES, null, null, null))
                .satisfies(e -> assertThat(e.messageKey()).isEqualTo("error.tooMany"));
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> PhoneNumber.ofE164("03-1234-5678", null));
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> Yen.of("paidYen", -1L))
                .satisfies(e -> assertThat(e.messageKey()).isEqualTo("error.negative"));
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> BankAccount.of("みずほ銀行", "新宿支店", null, "123456789", null))
                .satisfies(e -> assertThat(e.messageKey()).isEqualTo("error.accountNumber"));
    }

    @Test
    void givenDetailsTodaysRulesRefuse_whenACommandBringsThem_thenRefused() {
        PartyId party = new PartyId(UUID.randomUUID());
        PartyDetails stored = new PartyDetails(new PartyName(TOO_LONG_NAME), List.of(), null, null, null);

        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> new PartyCommand.RegisterParty(party, PartyKind.RESELLER, stored, AT))
                .satisfies(e -> assertThat(e.field()).isEqualTo("name"));
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> new PartyCommand.IdentifyCaller(
                        party, new PersonName("x".repeat(PersonName.MAX_LENGTH + 1)), true, null, null, AT))
                .satisfies(e -> assertThat(e.field()).isEqualTo("personName"));
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> new PartyCommand.SettlePayment(party, "INV-1", new Yen(-5), AT))
                .satisfies(e -> assertThat(e.field()).isEqualTo("paidYen"));
    }

    @Test
    void givenARegistrationStoredUnderLooserRules_whenReadAndReplayed_thenKeptExactlyAsStored() {
        PartyId party = new PartyId(UUID.randomUUID());
        PartyEvent registered = new PartyEvent.PartyRegistered(
                party,
                PartyKind.RESELLER,
                new PartyDetails(
                        new PartyName(TOO_LONG_NAME),
                        TOO_MANY_PHONES,
                        new Address(" "),
                        new PersonName("x".repeat(PersonName.MAX_LENGTH + 1)),
                        new BankAccount("みずほ銀行", "新宿支店", null, "１２３-４５６７", " ")),
                AT);

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
    void givenAStoredNumberTodaysRulesWouldRefuse_whenItsLineIsTaken_thenKeptAsStored() {
        PhoneNumber stored = new PhoneNumber("+81-3-1234-5678", "12");

        assertThat(stored.base().e164()).isEqualTo("+81-3-1234-5678");
    }

    @Test
    void givenANullValue_whenRead_thenRefused_forItCanNeverMeanAnything() {
        assertThatExceptionOfType(InvalidValueException.class).isThrownBy(() -> new PartyName(null));
        assertThatExceptionOfType(InvalidValueException.class).isThrownBy(() -> new PhoneNumber(null, null));
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> new PartyDetails(null, List.of(), null, null, null));
    }
}
