package org.trustledger.domain.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.trustledger.domain.party.DeciderSpec.given;
import static org.trustledger.domain.party.PartyFixtures.acme;
import static org.trustledger.domain.party.PartyFixtures.paymentSettled;
import static org.trustledger.domain.party.PartyFixtures.paymentShort;
import static org.trustledger.domain.party.PartyFixtures.recordPaymentShort;
import static org.trustledger.domain.party.PartyFixtures.registered;
import static org.trustledger.domain.party.PartyFixtures.yen;
import static org.trustledger.domain.party.ShortfallReason.BANK_FEE_DEDUCTED;
import static org.trustledger.domain.party.ShortfallReason.DISCOUNT_AFTER_WORK;
import static org.trustledger.domain.party.ShortfallReason.LATE;
import static org.trustledger.domain.party.ShortfallReason.UNILATERAL_REDUCTION;
import static org.trustledger.domain.party.ShortfallReason.UNPAID;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.trustledger.domain.HistoryConflictException;
import org.trustledger.domain.InvalidValueException;

class PaymentShortfallTest {
    private final PartyId acme = acme();

    @Test
    void givenRegisteredReseller_whenBankFeeDeducted_thenPaymentShortWithTheFeeOutstanding() {
        PartyState state = given(registered(acme))
                .when(recordPaymentShort(acme, "INV-2024-001", 33_000, 32_560, BANK_FEE_DEDUCTED, 0))
                .then(paymentShort(acme, "INV-2024-001", 33_000, 32_560, BANK_FEE_DEDUCTED, 0));

        assertThat(state.outstandingByInvoice()).containsEntry("INV-2024-001", yen(440));
    }

    @Test
    void givenRegisteredReseller_whenNothingPaid_thenTheWholeInvoiceIsOutstanding() {
        PartyState state = given(registered(acme))
                .when(recordPaymentShort(acme, "INV-1", 16_500, 0, UNPAID, 45))
                .then(paymentShort(acme, "INV-1", 16_500, 0, UNPAID, 45));

        assertThat(state.outstandingByInvoice()).containsEntry("INV-1", yen(16_500));
    }

    @Test
    void paidMoreThanInvoiced_isRejectedOnConstruction() {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> recordPaymentShort(acme, "INV-1", 10_000, 12_000, DISCOUNT_AFTER_WORK, 0))
                .withMessageContaining("must not exceed invoicedYen")
                .extracting(InvalidValueException::field)
                .isEqualTo("paidYen");
    }

    @Test
    void nothingInvoiced_isRejectedOnConstruction() {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> recordPaymentShort(acme, "INV-1", 0, 0, UNPAID, 10))
                .withMessageContaining("more than 0")
                .extracting(InvalidValueException::field)
                .isEqualTo("invoicedYen");
    }

    @Test
    void negativeAmounts_areRejectedOnConstruction() {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> recordPaymentShort(acme, "INV-1", -10_000, 0, UNPAID, 10))
                .withMessageContaining("must not be negative");
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> recordPaymentShort(acme, "INV-1", 10_000, -1, UNPAID, 10))
                .withMessageContaining("must not be negative");
    }

    @Test
    void negativeDaysLate_isRejectedOnConstruction() {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> recordPaymentShort(acme, "INV-1", 10_000, 9_560, BANK_FEE_DEDUCTED, -1))
                .extracting(InvalidValueException::field)
                .isEqualTo("daysLate");
    }

    @Test
    void paidInFullForAnyReasonButLate_isRejectedOnConstruction() {
        for (ShortfallReason reason : ShortfallReason.values()) {
            if (reason == LATE) {
                continue;
            }
            assertThatExceptionOfType(InvalidValueException.class)
                    .as("paid in full with reason %s", reason)
                    .isThrownBy(() -> recordPaymentShort(acme, "INV-1", 10_000, 10_000, reason, 5))
                    .withMessageContaining("paid in full");
        }
    }

    @Test
    void paidInFullButLateWithoutDaysLate_isRejectedOnConstruction() {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> recordPaymentShort(acme, "INV-1", 10_000, 10_000, LATE, 0))
                .withMessageContaining("number of days late")
                .extracting(InvalidValueException::field)
                .isEqualTo("daysLate");
    }

    @Test
    void paidShortAndLateWithoutDaysLate_isRejectedOnConstruction() {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> recordPaymentShort(acme, "INV-1", 10_000, 5_000, LATE, 0))
                .withMessageContaining("number of days late");
    }

    @Test
    void givenRegisteredReseller_whenPaidInFullButLate_thenPaymentShortWithNothingOutstanding() {
        PartyState state = given(registered(acme))
                .when(recordPaymentShort(acme, "INV-1", 10_000, 10_000, LATE, 30))
                .then(paymentShort(acme, "INV-1", 10_000, 10_000, LATE, 30));

        assertThat(state.outstandingByInvoice()).containsEntry("INV-1", Yen.ZERO);
    }

    @Test
    void invoiceRefIsRequiredAndStripped() {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> recordPaymentShort(acme, " ", 10_000, 9_000, UNPAID, 0))
                .extracting(InvalidValueException::field)
                .isEqualTo("invoiceRef");
        assertThat(recordPaymentShort(acme, " INV-1 ", 10_000, 9_000, UNPAID, 0).invoiceRef())
                .isEqualTo("INV-1");
    }

    @Test
    void givenShortfallOnInvoice_whenSameInvoiceRecordedAgain_thenRejected() {
        given(registered(acme), paymentShort(acme, "INV-1", 33_000, 32_560, BANK_FEE_DEDUCTED, 0))
                .when(recordPaymentShort(acme, "INV-1", 33_000, 30_000, UNILATERAL_REDUCTION, 0))
                .thenRejectedWith(HistoryConflictException.class, "already recorded");
    }

    @Test
    void givenShortfallOnInvoice_whenSameInvoiceWrittenWithSpacesRecordedAgain_thenRejected() {
        given(registered(acme), paymentShort(acme, "INV-1", 33_000, 32_560, BANK_FEE_DEDUCTED, 0))
                .when(recordPaymentShort(acme, "  INV-1 ", 33_000, 32_560, BANK_FEE_DEDUCTED, 0))
                .thenRejectedWith(HistoryConflictException.class, "'INV-1'");
    }

    @Test
    void givenSettledInvoice_whenSameInvoiceRecordedAgain_thenRejected() {
        // A settled invoice stays known, so the same shortfall cannot be counted twice.
        given(
                        registered(acme),
                        paymentShort(acme, "INV-1", 33_000, 32_560, BANK_FEE_DEDUCTED, 0),
                        paymentSettled(acme, "INV-1", 440, 0))
                .when(recordPaymentShort(acme, "INV-1", 33_000, 32_560, BANK_FEE_DEDUCTED, 0))
                .thenRejectedWith(HistoryConflictException.class, "record a settlement against it instead");
    }

    @Test
    void givenShortfallOnOneInvoice_whenAnotherInvoiceIsShort_thenPaymentShort() {
        PartyState state = given(registered(acme), paymentShort(acme, "INV-1", 33_000, 32_560, BANK_FEE_DEDUCTED, 0))
                .when(recordPaymentShort(acme, "INV-2", 22_000, 20_000, DISCOUNT_AFTER_WORK, 0))
                .then(paymentShort(acme, "INV-2", 22_000, 20_000, DISCOUNT_AFTER_WORK, 0));

        assertThat(state.outstandingByInvoice())
                .containsOnly(Map.entry("INV-1", yen(440)), Map.entry("INV-2", yen(2_000)));
    }
}
