package org.trustledger.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CallerNumberTest {

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(
            strings = {
                "非通知",
                "公衆電話",
                "表示圏外",
                "通知不可能",
                "通知不可",
                "anonymous",
                "Anonymous",
                "ＡＮＯＮＹＭＯＵＳ",
                "private",
                "PRIVATE",
                "unknown",
                "Unknown",
                "unavailable",
                "  非通知  ",
                "非 通 知",
                "（非通知）",
                "　",
                "\u200B"
            })
    void isWithheldNotation_recognisesWhatAPhoneShowsWhenNoNumberComes(String shown) {
        assertThat(PhoneNumber.isWithheldNotation(shown)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "03-1234-5678",
                "０３－１２３４－５６７８",
                "03-5321-7788 内線12",
                "非通知設定の03-1234-5678",
                "unknownx",
                "ネクストライン",
                "0"
            })
    void isWithheldNotation_leavesNumbersAndOtherTextAlone(String shown) {
        assertThat(PhoneNumber.isWithheldNotation(shown)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"非通知", "公衆電話", "Anonymous"})
    void parse_ofAWithheldNotation_saysItIsNoNumber(String shown) {
        org.assertj.core.api.Assertions.assertThatExceptionOfType(org.trustledger.domain.InvalidValueException.class)
                .isThrownBy(() -> PhoneNumber.parse(shown))
                .withMessageContaining("no number was shown")
                .extracting(org.trustledger.domain.InvalidValueException::field)
                .isEqualTo("phone");
    }
}
