package org.trustledger.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.trustledger.domain.InvalidValueException;

/** PartyName, PersonName and Address: required text, stripped, with a length limit. */
class NamesAndAddressTest {

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "　", "\t\n"})
    void blankText_isRejected(String blank) {
        assertField("name", () -> PartyName.of(blank));
        assertField("personName", () -> PersonName.of(blank));
        assertField("address", () -> Address.of(blank));
    }

    @Test
    void partyName_overTwoHundredCharacters_isRejected() {
        assertThat(PartyName.of("ア".repeat(200)).value()).hasSize(200);
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> PartyName.of("ア".repeat(201)))
                .withMessageContaining("at most 200");
    }

    @Test
    void personName_overOneHundredCharacters_isRejected() {
        assertThat(PersonName.of("山".repeat(100)).value()).hasSize(100);
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> PersonName.of("山".repeat(101)))
                .withMessageContaining("at most 100");
    }

    @Test
    void address_overThreeHundredCharacters_isRejected() {
        assertThat(Address.of("町".repeat(300)).value()).hasSize(300);
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> Address.of("町".repeat(301)))
                .withMessageContaining("at most 300");
    }

    @Test
    void text_isStripped() {
        assertThat(PartyName.of("  株式会社アクメ光通信 ").value()).isEqualTo("株式会社アクメ光通信");
        assertThat(PersonName.of(" 山田太郎 ").value()).isEqualTo("山田太郎");
        assertThat(Address.of(" 東京都千代田区神田1-2-3 ").value()).isEqualTo("東京都千代田区神田1-2-3");
    }

    @Test
    void lengthLimit_appliesAfterStripping() {
        assertThat(PartyName.of(" " + "ア".repeat(200) + " ").value()).hasSize(200);
    }

    @Test
    void ofNullable_givesNullForNoText_andAValueOtherwise() {
        assertThat(PersonName.ofNullable(null)).isNull();
        assertThat(PersonName.ofNullable("  ")).isNull();
        assertThat(PersonName.ofNullable(" 鈴木 ")).isEqualTo(PersonName.of("鈴木"));
        assertThat(Address.ofNullable(null)).isNull();
        assertThat(Address.ofNullable(" ")).isNull();
        assertThat(Address.ofNullable("東京都")).isEqualTo(Address.of("東京都"));
    }

    @Test
    void ofNullable_stillRejectsOverLongText() {
        assertThatExceptionOfType(InvalidValueException.class).isThrownBy(() -> PersonName.ofNullable("山".repeat(101)));
        assertThatExceptionOfType(InvalidValueException.class).isThrownBy(() -> Address.ofNullable("町".repeat(301)));
    }

    private static void assertField(String field, ThrowingCallable construction) {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(construction)
                .withMessageContaining("must not be blank")
                .extracting(InvalidValueException::field)
                .isEqualTo(field);
    }
}
