package org.trustledger.domain.identity;

import java.util.Map;
import org.trustledger.domain.AsStored;
import org.trustledger.domain.InvalidValueException;

/** A postal address as written, building and floor included when known. */
public record Address(String value) {
    public static final int MAX_LENGTH = 300;

    public Address {
        if (AsStored.rulesApply()) {
            value = InvalidValueException.requireText("address", value);
            if (value.length() > MAX_LENGTH) {
                throw new InvalidValueException(
                        "address",
                        "address must be at most " + MAX_LENGTH + " characters",
                        "error.tooLong",
                        Map.of("max", MAX_LENGTH));
            }
        }
    }

    public static Address ofNullable(String text) {
        return InvalidValueException.optionalText(text) == null ? null : new Address(text);
    }

    /** The address read into prefecture, locality, block numbers, building, floor and room, for matching. */
    public AddressKey key() {
        return AddressKey.of(this);
    }
}
