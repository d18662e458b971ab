package org.trustledger.domain.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.trustledger.domain.party.DeciderSpec.given;
import static org.trustledger.domain.party.PartyFixtures.acme;
import static org.trustledger.domain.party.PartyFixtures.paymentSettled;
import static org.trustledger.domain.party.PartyFixtures.paymentShort;
import static org.trustledger.domain.party.PartyFixtures.registered;
import static org.trustledger.domain.party.PartyFixtures.settlePayment;
import static org.trustledger.domain.party.PartyFixtures.yen;

import org.junit.jupiter.api.Test;
import org.trustledger.domain.HistoryConflictException;
import org.trustledger.domain.InvalidValueException;
import org.trustledger.domain.party.PartyEvent.PaymentShort;

class SettlementTest {
    private final PartyId acme = acme();

    /** ¥20,000 of a ¥33,000 invoice paid: ¥13,000 owed. */
    private final PaymentShort shortBy13000 =
            paymentShort(acme, "INV-1", 33_000, 20_000, ShortfallReason.UNILATERAL_REDUCTION, 0);

    @Test
    void givenNoShortfallOnInvoice_whenSettled_thenRejected() {
        given(registered(acme), shortBy13000)
                .when(settlePayment(acme, "INV-404", 1_000))
                .thenRejectedWith(HistoryConflictException.class, "no shortfall is recorded for invoice 'INV-404'");
    }

    @Test
    void givenShortfall_whenMoreThanOutstandingIsPaid_thenRejected() {
        InvalidValueException rejection = given(registered(acme), shortBy13000)
                .when(settlePayment(acme, "INV-1", 13_001))
                .thenRejectedWith(InvalidValueException.class, "13000 yen still owed");

        assertThat(rejection.field()).isEqualTo("paidYen");
    }

    @Test
    void givenPartlySettledShortfall_whenMoreThanWhatIsLeftIsPaid_thenRejected() {
        given(registered(acme), shortBy13000, paymentSettled(acme, "INV-1", 5_000, 8_000))
                .when(settlePayment(acme, "INV-1", 13_000))
                .thenRejectedWith(InvalidValueException.class, "8000 yen still owed");
    }

    @Test
    void givenShortfall_whenPartlySettled_thenPaymentSettledWithTheRestOutstanding() {
        PartyState state = given(registered(acme), shortBy13000)
                .when(settlePayment(acme, "INV-1", 5_000))
                .then(paymentSettled(acme, "INV-1", 5_000, 8_000));

        assertThat(state.outstandingByInvoice()).containsEntry("INV-1", yen(8_000));
    }

    @Test
    void givenPartlySettledShortfall_whenTheRestIsPaid_thenPaymentSettledWithNothingOutstanding() {
        PartyState state = given(registered(acme), shortBy13000, paymentSettled(acme, "INV-1", 5_000, 8_000))
                .when(settlePayment(acme, "INV-1", 8_000))
                .then(paymentSettled(acme, "INV-1", 8_000, 0));

        assertThat(state.outstandingByInvoice()).containsEntry("INV-1", Yen.ZERO);
    }

    @Test
    void givenSettledShortfall_whenSettledAgain_thenRejected() {
        given(
                        registered(acme),
                        shortBy13000,
                        paymentSettled(acme, "INV-1", 5_000, 8_000),
                        paymentSettled(acme, "INV-1", 8_000, 0))
                .when(settlePayment(acme, "INV-1", 1))
                .thenRejectedWith(HistoryConflictException.class, "is already settled");
    }

    @Test
    void givenInvoicePaidInFullButLate_whenSettled_thenRejectedAsAlreadySettled() {
        given(registered(acme), paymentShort(acme, "INV-1", 10_000, 10_000, ShortfallReason.LATE, 30))
                .when(settlePayment(acme, "INV-1", 1))
                .thenRejectedWith(HistoryConflictException.class, "is already settled");
    }

    @Test
    void givenShortfallsOnTwoInvoices_whenOneIsSettled_thenTheOtherStaysOutstanding() {
        PartyState state = given(
                        registered(acme),
                        shortBy13000,
                        paymentShort(acme, "INV-2", 33_000, 32_560, ShortfallReason.BANK_FEE_DEDUCTED, 0))
                .when(settlePayment(acme, "INV-2", 440))
                .then(paymentSettled(acme, "INV-2", 440, 0));

        assertThat(state.outstandingByInvoice())
                .containsEntry("INV-1", yen(13_000))
                .containsEntry("INV-2", Yen.ZERO);
    }

    @Test
    void settlementOfNothing_isRejectedOnConstruction() {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> settlePayment(acme, "INV-1", 0))
                .withMessageContaining("more than 0 yen")
                .extracting(InvalidValueException::field)
                .isEqualTo("paidYen");
    }
}
