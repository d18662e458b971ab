package org.trustledger.domain;

import java.util.Objects;

/** A value given to the domain is malformed or out of range; {@link #field()} names which one. */
public final class InvalidValueException extends DomainException {
    private final String field;

    public InvalidValueException(String field, String message) {
        super(message);
        this.field = Objects.requireNonNull(field, "field");
    }

    public String field() {
        return field;
    }

    /** Throws when {@code value} is null or blank, and returns it stripped otherwise. */
    public static String requireText(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException(field, field + " must not be blank");
        }
        return value.strip();
    }

    /** Returns null for a null or blank value, and the stripped value otherwise. */
    public static String optionalText(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public static <T> T requireValue(String field, T value) {
        if (value == null) {
            throw new InvalidValueException(field, field + " is required");
        }
        return value;
    }
}
