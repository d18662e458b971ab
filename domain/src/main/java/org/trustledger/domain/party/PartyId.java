package org.trustledger.domain.party;

import java.util.Objects;
import java.util.UUID;
import org.trustledger.domain.InvalidValueException;

/** Identifies a requesting party. */
public record PartyId(UUID value) {
    public PartyId {
        Objects.requireNonNull(value, "value");
    }

    public static PartyId of(String text) {
        try {
            return new PartyId(UUID.fromString(InvalidValueException.requireText("partyId", text)));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("partyId", "partyId must be a UUID, got '" + text + "'");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
