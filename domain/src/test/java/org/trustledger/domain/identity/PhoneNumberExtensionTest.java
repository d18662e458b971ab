package org.trustledger.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.trustledger.domain.InvalidValueException;

class PhoneNumberExtensionTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "03-5321-7788 内線12|12",
                "03-5321-7788（内線２０５）|205",
                "03-5321-7788(内線205)|205",
                "03-5321-7788 内線:12|12",
                "03-5321-7788 内線：１２|12",
                "03-5321-7788内線12|12",
                "03-5321-7788 ext. 12|12",
                "03-5321-7788 Ext 12|12",
                "03-5321-7788 EXT.12|12",
                "03-5321-7788 x12|12",
                "03-5321-7788 ｘ１２|12",
                "03-5321-7788 (ext. 205)|205",
                "０３－５３２１－７７８８　内線１２|12"
            })
    void parse_splitsTheExtensionOffAndKeepsIt(String written, String extension) {
        PhoneNumber phone = PhoneNumber.parse(written);

        assertThat(phone.e164()).isEqualTo("+81353217788");
        assertThat(phone.extension()).isEqualTo(extension);
    }

    @Test
    void parse_ofANumberWithoutExtension_hasNone() {
        assertThat(PhoneNumber.parse("03-5321-7788").extension()).isNull();
    }

    @Test
    void baseNumber_isWhatIsComparedAndIndexed() {
        PhoneNumber withExtension = PhoneNumber.parse("03-5321-7788 内線12");
        PhoneNumber plain = PhoneNumber.parse("03-5321-7788");

        assertThat(withExtension.sameLine(plain)).isTrue();
        assertThat(withExtension.sameLine(PhoneNumber.parse("03-5321-7789 内線12")))
                .isFalse();
        assertThat(withExtension.indexKey()).isEqualTo(plain.indexKey());
        assertThat(withExtension.base()).isEqualTo(plain);
    }

    @Test
    void display_showsTheExtensionBackToStaff() {
        assertThat(PhoneNumber.parse("03-5321-7788 x12").display()).isEqualTo("03-5321-7788 内線12");
        assertThat(PhoneNumber.parse("+1 650-253-0000 ext. 9").display()).isEqualTo("+1 650-253-0000 ext. 9");
    }

    @Test
    void matcher_findsTheSameLineWhateverTheExtension() {
        var matcher = new IdentityMatcher();
        var a = new PartyIdentity(
                new PartyName("株式会社ネクストライン"),
                java.util.List.of(PhoneNumber.parse("03-5321-7788 内線12")),
                null,
                null,
                null);
        var b = new PartyIdentity(
                new PartyName("合同会社ネクスト光サポート"), java.util.List.of(PhoneNumber.parse("03-5321-7788")), null, null, null);

        assertThat(matcher.compare(a, b))
                .extracting(IdentityEvidence::kind)
                .containsExactly(IdentityEvidence.Kind.PHONE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"03-5321-7788 内線", "03-5321-7788 内線ABC", "03-1234-ABCD 内線12", "03-5321-7788 ext."})
    void parse_rejectsAnExtensionWithoutDigitsOrABrokenBase(String written) {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> PhoneNumber.parse(written))
                .extracting(InvalidValueException::field)
                .isEqualTo("phone");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "12a", "12345678901"})
    void constructor_acceptsOnlyDigitsAsExtension(String extension) {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> PhoneNumber.ofE164("+81353217788", extension))
                .withMessageContaining("extension");
    }
}
