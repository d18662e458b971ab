package org.trustledger.domain;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/** A value given to the domain is malformed or out of range; {@link #field()} names which one. */
public final class InvalidValueException extends DomainException {
    private final String field;

    /** A value that breaks a rule only the domain's own code should meet; worded in English alone. */
    public InvalidValueException(String field, String message) {
        this(field, message, "error.invalid", Map.of("message", message));
    }

    public InvalidValueException(String field, String message, String messageKey, Map<String, Object> args) {
        super(message, messageKey, withField(field, args));
        this.field = field;
    }

    private static Map<String, Object> withField(String field, Map<String, Object> args) {
        Map<String, Object> all = new HashMap<>(args);
        all.put("field", Objects.requireNonNull(field, "field"));
        return all;
    }

    public String field() {
        return field;
    }

    /** Throws when {@code value} is null or blank, and returns it stripped otherwise. */
    public static String requireText(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException(field, field + " must not be blank", "error.required", Map.of());
        }
        return value.strip();
    }

    /** Returns null for a null or blank value, and the stripped value otherwise. */
    public static String optionalText(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public static <T> T requireValue(String field, T value) {
        if (value == null) {
            throw new InvalidValueException(field, field + " is required", "error.required", Map.of());
        }
        return value;
    }
}
