package org.trustledger.domain.identity;

import org.trustledger.domain.InvalidValueException;

/**
 * One reason to believe two parties are the same business, such as a shared phone number, with how much it
 * weighs (0 to 1) and a detail a person can check.
 */
public record IdentityEvidence(Kind kind, double weight, String detail) {

    /** Which attribute the two parties share. */
    public enum Kind {
        PHONE,
        ADDRESS,
        BANK_ACCOUNT,
        REPRESENTATIVE,
        NAME
    }

    public IdentityEvidence {
        InvalidValueException.requireValue("kind", kind);
        if (!(weight >= 0.0 && weight <= 1.0)) {
            throw new InvalidValueException("weight", "evidence weighs between 0 and 1, got " + weight);
        }
        detail = InvalidValueException.requireText("detail", detail);
    }
}
