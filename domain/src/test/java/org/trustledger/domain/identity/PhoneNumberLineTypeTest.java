package org.trustledger.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhoneNumberLineTypeTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        "0120-123-456, TOLL_FREE",
        "0800-123-4567, TOLL_FREE",
        "+81 120 123 456, TOLL_FREE",
        "0570-012-345, SHARED_COST",
        "０５７０－０１２－３４５, SHARED_COST",
        "050-1234-5678, IP_PHONE",
        "03-1234-5678, STANDARD",
        "06-1234-5678, STANDARD",
        "052-123-4567, STANDARD",
        "090-1234-5678, STANDARD",
        "080-1234-5678, STANDARD",
        "+1 800 555 0199, TOLL_FREE",
        "+1 212 555 0123, STANDARD"
    })
    void classifiesSharedAndOwnLines(String written, PhoneNumber.LineType expected) {
        PhoneNumber phone = PhoneNumber.parse(written);

        assertThat(phone.lineType()).isEqualTo(expected);
        assertThat(phone.sharedService()).isEqualTo(expected != PhoneNumber.LineType.STANDARD);
    }

    @ParameterizedTest(name = "{0} ≡ {1}")
    @CsvSource({
        "03-1234-5678, +81312345678",
        "(03)1234-5678, +81312345678",
        "０３－１２３４－５６７８, +81312345678",
        "+81 3 1234 5678, +81312345678"
    })
    void indexKeyIsTheE164Number(String written, String e164) {
        assertThat(PhoneNumber.parse(written).indexKey()).isEqualTo("phone:" + e164);
    }
}
