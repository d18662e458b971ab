package org.trustledger.domain.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.trustledger.domain.InvalidValueException;
import org.trustledger.domain.identity.PartyName;
import org.trustledger.domain.identity.PhoneNumber;

class PartyDetailsTest {
    private static final PartyName ACME = new PartyName("株式会社アクメ光通信");

    @Test
    void samePhoneWrittenTwice_isKeptOnce_inTheOrderFirstGiven() {
        PartyDetails details = PartyDetails.of(
                ACME,
                List.of(
                        PhoneNumber.parse("03-1234-5678"),
                        PhoneNumber.parse("090-1234-5678"),
                        PhoneNumber.parse("(03)1234-5678"),
                        PhoneNumber.parse("+81 3 1234 5678")),
                null,
                null,
                null);

        assertThat(details.phones()).containsExactly(new PhoneNumber("+81312345678"), new PhoneNumber("+819012345678"));
    }

    @Test
    void tenPhones_areAccepted() {
        assertThat(PartyDetails.of(ACME, phones(10), null, null, null).phones()).hasSize(10);
    }

    @Test
    void elevenPhones_areRejected() {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> PartyDetails.of(ACME, phones(11), null, null, null))
                .withMessageContaining("at most 10 phone numbers")
                .extracting(InvalidValueException::field)
                .isEqualTo("phones");
    }

    @Test
    void elevenPhonesWrittenWithOneDuplicate_areTenAndAccepted() {
        List<PhoneNumber> written = new ArrayList<>(phones(10));
        written.add(written.get(0));

        assertThat(PartyDetails.of(ACME, written, null, null, null).phones()).hasSize(10);
    }

    @Test
    void noPhones_isAnEmptyList() {
        assertThat(PartyDetails.of(ACME, null, null, null, null).phones()).isEmpty();
    }

    @Test
    void phones_cannotBeChangedAfterwards() {
        PartyDetails details = PartyDetails.of(ACME, phones(2), null, null, null);

        assertThatExceptionOfType(UnsupportedOperationException.class)
                .isThrownBy(() -> details.phones().add(PhoneNumber.parse("03-1111-2222")));
    }

    @Test
    void name_isRequired() {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> PartyDetails.of(null, List.of(), null, null, null))
                .extracting(InvalidValueException::field)
                .isEqualTo("name");
    }

    /** Distinct Tokyo numbers 03-1234-0000, 03-1234-0001, ... */
    private static List<PhoneNumber> phones(int count) {
        return IntStream.range(0, count)
                .mapToObj(i -> PhoneNumber.parse("03-1234-%04d".formatted(i)))
                .toList();
    }
}
