package org.trustledger.domain.party;

import java.util.Map;
import org.trustledger.domain.InvalidValueException;

/** An amount of money in whole yen, never negative. */
public record Yen(long value) implements Comparable<Yen> {
    public static final Yen ZERO = new Yen(0);

    /** Any amount a stored event held: that an amount is not negative is {@link #of}'s rule and the commands'. */
    public Yen {}

    public static Yen of(String field, Long value) {
        if (value == null) {
            throw new InvalidValueException(field, field + " is required", "error.required", Map.of());
        }
        if (value < 0) {
            throw new InvalidValueException(
                    field, field + " must not be negative, got " + value, "error.negative", Map.of());
        }
        return new Yen(value);
    }

    /** The difference, which must not be negative: nobody owes less than nothing. */
    public Yen minus(Yen other) {
        return requireNotNegative("yen", new Yen(value - other.value));
    }

    /** Throws when {@code yen} is negative, naming {@code field}; returns it otherwise. */
    public static Yen requireNotNegative(String field, Yen yen) {
        if (yen != null && yen.value < 0) {
            throw new InvalidValueException(
                    field, field + " must not be negative, got " + yen.value, "error.negative", Map.of());
        }
        return yen;
    }

    public Yen plus(Yen other) {
        return new Yen(Math.addExact(value, other.value));
    }

    @Override
    public int compareTo(Yen other) {
        return Long.compare(value, other.value);
    }
}
