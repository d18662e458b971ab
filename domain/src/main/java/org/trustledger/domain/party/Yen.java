package org.trustledger.domain.party;

import java.util.Map;
import org.trustledger.domain.AsStored;
import org.trustledger.domain.InvalidValueException;

/** An amount of money in whole yen, never negative. */
public record Yen(long value) implements Comparable<Yen> {
    public static final Yen ZERO = new Yen(0);

    public Yen {
        if (value < 0 && AsStored.rulesApply()) {
            throw new InvalidValueException(
                    "yen", "an amount in yen must not be negative, got " + value, "error.negative", Map.of());
        }
    }

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

    public Yen minus(Yen other) {
        return new Yen(value - other.value);
    }

    public Yen plus(Yen other) {
        return new Yen(Math.addExact(value, other.value));
    }

    @Override
    public int compareTo(Yen other) {
        return Long.compare(value, other.value);
    }
}
