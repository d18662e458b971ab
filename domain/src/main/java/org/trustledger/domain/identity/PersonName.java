package org.trustledger.domain.identity;

import java.util.Map;
import org.trustledger.domain.InvalidValueException;

/** A person's name as written, such as a representative or a caller. */
public record PersonName(String value) {
    public static final int MAX_LENGTH = 100;

    /** Any text a stored PersonName held: today's rules are {@link #of}'s, so that tightening them never breaks history. */
    public PersonName {
        InvalidValueException.requireValue("personName", value);
    }

    /** The name as a person typed it: today's rules, and no character that can only mislead the reader. */
    public static PersonName of(String text) {
        String value =
                InvalidValueException.requireText("personName", JapaneseText.requireNotMisleading("personName", text));
        if (value.length() > MAX_LENGTH) {
            throw new InvalidValueException(
                    "personName",
                    "a name must be at most " + MAX_LENGTH + " characters",
                    "error.tooLong",
                    Map.of("max", MAX_LENGTH));
        }
        return new PersonName(value);
    }

    /** Like {@link #of}, but null for null or blank text, so optional names stay optional. */
    public static PersonName ofNullable(String text) {
        return InvalidValueException.optionalText(text) == null ? null : of(text);
    }

    /** The name reduced for matching: width, spaces, titles and honorifics do not count. */
    public PersonNameKey key() {
        return PersonNameKey.of(this);
    }
}
