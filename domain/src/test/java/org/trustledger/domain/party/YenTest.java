package org.trustledger.domain.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import org.junit.jupiter.api.Test;
import org.trustledger.domain.InvalidValueException;

class YenTest {

    @Test
    void negativeAmount_isRejected() {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> Yen.of("yen", -1L))
                .withMessageContaining("must not be negative")
                .extracting(InvalidValueException::field)
                .isEqualTo("yen");
    }

    @Test
    void zeroAndPositiveAmounts_areAccepted() {
        assertThat(new Yen(0)).isEqualTo(Yen.ZERO);
        assertThat(new Yen(33_000).value()).isEqualTo(33_000);
    }

    @Test
    void of_namesTheFieldWhenMissingOrNegative() {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> Yen.of("invoicedYen", null))
                .withMessageContaining("invoicedYen is required")
                .extracting(InvalidValueException::field)
                .isEqualTo("invoicedYen");
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> Yen.of("paidYen", -100L))
                .withMessageContaining("paidYen must not be negative")
                .extracting(InvalidValueException::field)
                .isEqualTo("paidYen");
        assertThat(Yen.of("paidYen", 100L)).isEqualTo(new Yen(100));
    }

    @Test
    void minus_belowZero_isRejected() {
        assertThat(new Yen(33_000).minus(new Yen(32_560))).isEqualTo(new Yen(440));
        assertThatExceptionOfType(InvalidValueException.class).isThrownBy(() -> new Yen(1).minus(new Yen(2)));
    }

    @Test
    void plus_overflow_isRejected() {
        assertThat(new Yen(1).plus(new Yen(2))).isEqualTo(new Yen(3));
        assertThatExceptionOfType(ArithmeticException.class).isThrownBy(() -> new Yen(Long.MAX_VALUE).plus(new Yen(1)));
    }

    @Test
    void amounts_compareByValue() {
        assertThat(new Yen(1)).isLessThan(new Yen(2));
        assertThat(new Yen(2)).isEqualByComparingTo(new Yen(2));
    }
}
