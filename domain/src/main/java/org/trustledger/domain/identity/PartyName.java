package org.trustledger.domain.identity;

import java.util.Map;
import org.trustledger.domain.InvalidValueException;

/** The name a party goes by, as written: a company name or, for a customer, a person's name. */
public record PartyName(String value) {
    public static final int MAX_LENGTH = 200;

    /** Any text a stored PartyName held: today's rules are {@link #of}'s, so that tightening them never breaks history. */
    public PartyName {
        InvalidValueException.requireValue("name", value);
    }

    /** The name as a person typed it: today's rules, and no character that can only mislead the reader. */
    public static PartyName of(String text) {
        String value = InvalidValueException.requireText("name", JapaneseText.requireNotMisleading("name", text));
        if (value.length() > MAX_LENGTH) {
            throw new InvalidValueException(
                    "name",
                    "name must be at most " + MAX_LENGTH + " characters",
                    "error.tooLong",
                    Map.of("max", MAX_LENGTH));
        }
        return new PartyName(value);
    }

    /** The name split into legal form and normalised core, for matching a party that renamed itself. */
    public CompanyNameKey key() {
        return CompanyNameKey.of(this);
    }
}
