package org.trustledger.domain.party;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.trustledger.domain.InvalidValueException;

/** Length limits and clean-up shared by the free-text fields of commands. */
final class Texts {
    static final int SHORT = 100;
    static final int NOTE = 500;
    static final int LONG = 4000;
    private static final int MAX_LIST = 20;

    private Texts() {}

    static String require(String field, String value, int maxLength) {
        return limit(field, InvalidValueException.requireText(field, value), maxLength);
    }

    static String optional(String field, String value, int maxLength) {
        String text = InvalidValueException.optionalText(value);
        return text == null ? null : limit(field, text, maxLength);
    }

    static List<String> list(String field, List<String> values) {
        if (values == null) {
            return List.of();
        }
        List<String> cleaned = values.stream()
                .filter(Objects::nonNull)
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .map(s -> limit(field, s, LONG))
                .toList();
        if (cleaned.size() > MAX_LIST) {
            throw new InvalidValueException(
                    field, "at most " + MAX_LIST + " " + field, "error.tooMany", Map.of("max", MAX_LIST));
        }
        return cleaned;
    }

    private static String limit(String field, String value, int maxLength) {
        if (value.length() > maxLength) {
            throw new InvalidValueException(
                    field,
                    field + " must be at most " + maxLength + " characters",
                    "error.tooLong",
                    Map.of("max", maxLength));
        }
        return value;
    }
}
