package org.trustledger.domain.party;

import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.trustledger.domain.InvalidValueException;

/** Identifies a requesting party. */
public record PartyId(UUID value) {
    public PartyId {
        Objects.requireNonNull(value, "value");
    }

    public static PartyId of(String text) {
        String written = InvalidValueException.requireText("partyId", text);
        try {
            UUID value = UUID.fromString(written);
            // UUID.fromString also takes short forms such as "1-1-1-1-1"; only the canonical 8-4-4-4-12 form is an id.
            if (value.toString().equalsIgnoreCase(written)) {
                return new PartyId(value);
            }
        } catch (IllegalArgumentException e) {
            // reported below, like any other text that is not a UUID
        }
        throw new InvalidValueException(
                "partyId",
                "partyId must be a UUID, got '" + text + "'",
                "error.uuid",
                Map.of("value", String.valueOf(text)));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
