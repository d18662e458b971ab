package org.trustledger.domain.identity;

import org.trustledger.domain.InvalidValueException;

/**
 * One reason to believe two parties are the same business, such as a shared phone number, with how much it weighs
 * (0 to 1), how far it goes on its own ({@link Grade}) and a detail a person can check.
 */
public record IdentityEvidence(Kind kind, Grade grade, double weight, String detail) {

    /** Which attribute the two parties share. */
    public enum Kind {
        PHONE,
        ADDRESS,
        BANK_ACCOUNT,
        REPRESENTATIVE,
        NAME,
        /** The same person called for both parties. */
        CALLER
    }

    /**
     * How far one piece of evidence goes: identifying evidence names one business by itself, linking evidence only
     * together with another independent link, weak evidence never.
     */
    public enum Grade {
        /** The party's own phone number, the same bank account, the same building and floor or room. */
        IDENTIFYING,
        /**
         * The same building on another floor, the same street address with no building on one side, the same
         * representative, the same company name, the same caller: many unrelated businesses share one of these.
         */
        LINKING,
        /** A shared-service number, a value many known parties share, a street address of two named buildings. */
        WEAK
    }

    public IdentityEvidence {
        InvalidValueException.requireValue("kind", kind);
        InvalidValueException.requireValue("grade", grade);
        if (!(weight >= 0.0 && weight <= 1.0)) {
            throw new InvalidValueException("weight", "evidence weighs between 0 and 1, got " + weight);
        }
        detail = InvalidValueException.requireText("detail", detail);
    }

    /** The same evidence on a value many known parties share: half the weight, never more than weak. */
    public IdentityEvidence crowded(int sharedBy, double factor) {
        return new IdentityEvidence(
                kind,
                Grade.WEAK,
                weight * factor,
                detail + " (shared by " + sharedBy + " known parties, weak evidence)");
    }
}
