package org.trustledger.domain.party;

import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.trustledger.domain.InvalidValueException;

/**
 * Identifies a person whose data the shop holds: a private customer by their party's id, anyone else (a caller, a
 * representative) by an id that does not reveal who they are.
 */
public record PersonId(UUID value) {
    public PersonId {
        Objects.requireNonNull(value, "value");
    }

    /** The person a private customer's party is. */
    public static PersonId of(PartyId party) {
        return new PersonId(party.value());
    }

    /** A person's id as written in a request: the canonical form of a UUID, or a refusal naming the field. */
    public static PersonId of(String text) {
        String written = InvalidValueException.requireText("personId", text);
        try {
            UUID value = UUID.fromString(written);
            // UUID.fromString also takes short forms such as "1-1-1-1-1"; only the canonical 8-4-4-4-12 form is an id.
            if (value.toString().equalsIgnoreCase(written)) {
                return new PersonId(value);
            }
        } catch (IllegalArgumentException e) {
            // reported below, like any other text that is not a UUID
        }
        throw new InvalidValueException(
                "personId",
                "personId must be a UUID, got '" + text + "'",
                "error.uuid",
                Map.of("value", String.valueOf(text)));
    }

    /** The party this person would be if they were a private customer. */
    public PartyId asParty() {
        return new PartyId(value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
