package org.trustledger.domain.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.trustledger.domain.party.DeciderSpec.given;
import static org.trustledger.domain.party.PartyFixtures.acme;
import static org.trustledger.domain.party.PartyFixtures.paymentSettled;
import static org.trustledger.domain.party.PartyFixtures.paymentShort;
import static org.trustledger.domain.party.PartyFixtures.recordPaymentShort;
import static org.trustledger.domain.party.PartyFixtures.registered;
import static org.trustledger.domain.party.PartyFixtures.settlePayment;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.trustledger.domain.HistoryConflictException;
import org.trustledger.domain.InvalidValueException;

/** Invoice references as staff write them: slashes, words, spaces and either width. */
class InvoiceRefTest {
    private final PartyId acme = acme();

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "2026/11-003|２０２６/11-003",
                "2026/11-003|２０２６／１１－００３",
                "2026/11-003| 2026/11-003 ",
                "請求書No.12|請求書 No.12",
                "請求書No.12|請求書Ｎｏ．１２",
                "INV-1|inv-1"
            })
    void givenShortfallWrittenOneWay_whenSettledWrittenAnother_thenSettledUnderTheRecordedReference(
            String recorded, String written) {
        given(registered(acme), paymentShort(acme, recorded, 33_000, 20_000, ShortfallReason.UNPAID, 0))
                .when(settlePayment(acme, written, 13_000))
                .then(paymentSettled(acme, recorded, 13_000, 0));
    }

    @Test
    void givenShortfall_whenTheSameInvoiceIsRecordedInFullWidth_thenRejectedAsAlreadyRecorded() {
        given(registered(acme), paymentShort(acme, "2026/11-003", 33_000, 20_000, ShortfallReason.UNPAID, 0))
                .when(recordPaymentShort(acme, "２０２６／１１－００３", 33_000, 20_000, ShortfallReason.UNPAID, 0))
                .thenRejectedWith(HistoryConflictException.class, "already recorded");
    }

    @Test
    void givenShortfall_whenAnotherInvoiceIsSettled_thenRejected() {
        given(registered(acme), paymentShort(acme, "2026/11-003", 33_000, 20_000, ShortfallReason.UNPAID, 0))
                .when(settlePayment(acme, "2026/11-004", 1_000))
                .thenRejectedWith(HistoryConflictException.class, "no shortfall is recorded for invoice '2026/11-004'");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"２０２６／１１－００３|2026/11-003", "請求書 No.12|請求書no.12", "  INV-1 |inv-1", "a\u200Bb|ab"})
    void key_foldsWidthCaseAndSpaces(String written, String key) {
        assertThat(InvoiceRefs.key(written)).isEqualTo(key);
    }

    @Test
    void aReferenceOfOnlySpacesOrInvisibleCharacters_isRejected() {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> settlePayment(acme, "\u200B", 1_000))
                .extracting(InvalidValueException::field)
                .isEqualTo("invoiceRef");
    }
}
