package org.trustledger.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.trustledger.domain.InvalidValueException;

class PhoneNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"03-1234-5678", "0312345678", "+81 3 1234 5678", "(03)1234-5678", "０３－１２３４－５６７８"})
    void parse_readsTheWaysPeopleWriteATokyoNumber_asOneE164Number(String written) {
        PhoneNumber phone = PhoneNumber.parse(written);

        assertThat(phone.e164()).isEqualTo("+81312345678");
        assertThat(phone).isEqualTo(new PhoneNumber("+81312345678"));
    }

    @Test
    void parse_ofEveryNotation_givesEqualNumbers() {
        assertThat(PhoneNumber.parse("03-1234-5678"))
                .isEqualTo(PhoneNumber.parse("0312345678"))
                .isEqualTo(PhoneNumber.parse("+81 3 1234 5678"))
                .isEqualTo(PhoneNumber.parse("(03)1234-5678"))
                .isEqualTo(PhoneNumber.parse("０３－１２３４－５６７８"))
                .hasSameHashCodeAs(PhoneNumber.parse("０３－１２３４－５６７８"));
    }

    @Test
    void parse_tellsDifferentNumbersApart() {
        assertThat(PhoneNumber.parse("03-1234-5678")).isNotEqualTo(PhoneNumber.parse("03-1234-5679"));
    }

    @Test
    void parse_readsAMobileNumber() {
        assertThat(PhoneNumber.parse("090-1234-5678").e164()).isEqualTo("+819012345678");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "abc",
                "123",
                "03-1234-ABCD",
                "０３－１２３４－ＡＢＣＤ",
                "03-1234-56789",
                "031234567890",
                "+81 3 1234 567890",
                "03-1234"
            })
    void parse_rejectsWhatIsNotAPhoneNumber(String written) {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> PhoneNumber.parse(written))
                .withMessageContaining("'" + written + "'")
                .extracting(InvalidValueException::field)
                .isEqualTo("phone");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void parse_rejectsNoText(String written) {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> PhoneNumber.parse(written))
                .withMessageContaining("must not be blank");
    }

    @ParameterizedTest
    @ValueSource(strings = {"03-1234-5678", "81312345678", "+0312345678", "+81 3 1234 5678"})
    void constructor_acceptsOnlyE164(String notE164) {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> PhoneNumber.ofE164(notE164, null))
                .withMessageContaining("E.164");
    }

    @Test
    void display_givesTheJapaneseNationalForm() {
        assertThat(PhoneNumber.parse("+81 3 1234 5678").display()).isEqualTo("03-1234-5678");
        assertThat(PhoneNumber.parse("０９０１２３４５６７８").display()).isEqualTo("090-1234-5678");
    }

    @Test
    void display_givesTheInternationalFormForForeignNumbers() {
        assertThat(PhoneNumber.parse("+1 650-253-0000").display()).isEqualTo("+1 650-253-0000");
    }
}
