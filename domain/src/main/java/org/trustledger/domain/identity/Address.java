package org.trustledger.domain.identity;

import java.util.Map;
import org.trustledger.domain.InvalidValueException;

/** A postal address as written, building and floor included when known. */
public record Address(String value) {
    public static final int MAX_LENGTH = 300;

    /** Any text a stored Address held: today's rules are {@link #of}'s, so that tightening them never breaks history. */
    public Address {
        InvalidValueException.requireValue("address", value);
    }

    /** The address as a person typed it: today's rules, and no character that can only mislead the reader. */
    public static Address of(String text) {
        String value = InvalidValueException.requireText("address", JapaneseText.requireNotMisleading("address", text));
        if (value.length() > MAX_LENGTH) {
            throw new InvalidValueException(
                    "address",
                    "address must be at most " + MAX_LENGTH + " characters",
                    "error.tooLong",
                    Map.of("max", MAX_LENGTH));
        }
        return new Address(value);
    }

    /** Like {@link #of}, but null for null or blank text, so an unknown address stays unknown. */
    public static Address ofNullable(String text) {
        return InvalidValueException.optionalText(text) == null ? null : of(text);
    }

    /** The address read into prefecture, locality, block numbers, building, floor and room, for matching. */
    public AddressKey key() {
        return AddressKey.of(this);
    }
}
