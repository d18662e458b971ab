package org.trustledger.domain.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.trustledger.domain.InvalidValueException;

class PartyIdTest {
    private static final String ACME = "6f1c7a52-3d4e-4b8a-9c2d-1e0f5a6b7c8d";

    @Test
    void of_parsesAUuid() {
        assertThat(PartyId.of(ACME).value()).isEqualTo(UUID.fromString(ACME));
        assertThat(PartyId.of(ACME)).hasToString(ACME);
    }

    @Test
    void of_acceptsUpperCaseAndSurroundingSpaces_asTheSameId() {
        assertThat(PartyId.of(" " + ACME.toUpperCase() + " ")).isEqualTo(PartyId.of(ACME));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "acme",
                "123",
                "6f1c7a52-3d4e-4b8a-9c2d",
                "6f1c7a52-3d4e-4b8a-9c2d-1e0f5a6b7c8d0",
                "1-1-1-1-1",
                "6f1c7a52_3d4e_4b8a_9c2d_1e0f5a6b7c8d"
            })
    void of_rejectsWhatIsNotAUuid(String text) {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> PartyId.of(text))
                .withMessageContaining("must be a UUID")
                .extracting(InvalidValueException::field)
                .isEqualTo("partyId");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "\t"})
    void of_rejectsNoText(String text) {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> PartyId.of(text))
                .extracting(InvalidValueException::field)
                .isEqualTo("partyId");
    }

    @Test
    void constructor_rejectsNull() {
        assertThatNullPointerException().isThrownBy(() -> new PartyId(null));
    }
}
