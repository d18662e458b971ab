package org.trustledger.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.trustledger.domain.InvalidValueException;
import org.trustledger.domain.identity.BankAccount.AccountType;

class BankAccountTest {

    private static BankAccount account(String number) {
        return BankAccount.of("みずほ銀行", "神田支店", AccountType.ORDINARY, number, null);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234567", "１２３４５６７", "123-4567", "１２３－４５６７", " 1234567 ", "123 4567"})
    void number_isNormalisedToHalfWidthDigits(String written) {
        assertThat(account(written).number()).isEqualTo("1234567");
    }

    @Test
    void sameAccountWrittenInFullWidth_isEqual() {
        assertThat(account("１２３４５６７")).isEqualTo(account("1234567"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"123456A", "１２３４５６Ａ", "abc", "123456789", "１２３４５６７８９", "-"})
    void number_withLettersOrMoreThanEightDigits_isRejected(String written) {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> account(written))
                .withMessageContaining("1 to 8 digits")
                .extracting(InvalidValueException::field)
                .isEqualTo("bankAccount.number");
    }

    @Test
    void eightDigits_areAccepted() {
        assertThat(account("12345678").number()).isEqualTo("12345678");
    }

    @Test
    void type_defaultsToOrdinary() {
        BankAccount account = BankAccount.of("みずほ銀行", "神田支店", null, "1234567", null);

        assertThat(account.type()).isEqualTo(AccountType.ORDINARY);
    }

    @Test
    void givenType_isKept() {
        BankAccount account = BankAccount.of("みずほ銀行", "神田支店", AccountType.CURRENT, "1234567", null);

        assertThat(account.type()).isEqualTo(AccountType.CURRENT);
    }

    @Test
    void bankBranchAndNumber_areRequired() {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> BankAccount.of(" ", "神田支店", null, "1234567", null))
                .extracting(InvalidValueException::field)
                .isEqualTo("bankAccount.bank");
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> BankAccount.of("みずほ銀行", null, null, "1234567", null))
                .extracting(InvalidValueException::field)
                .isEqualTo("bankAccount.branch");
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> BankAccount.of("みずほ銀行", "神田支店", null, "", null))
                .extracting(InvalidValueException::field)
                .isEqualTo("bankAccount.number");
    }

    @Test
    void holder_isOptionalAndStripped() {
        assertThat(BankAccount.of("みずほ銀行", "神田支店", null, "1234567", "  ").holder())
                .isNull();
        assertThat(BankAccount.of("みずほ銀行", "神田支店", null, "1234567", " カ）アクメ ").holder())
                .isEqualTo("カ）アクメ");
    }
}
