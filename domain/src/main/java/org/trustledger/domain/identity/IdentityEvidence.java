package org.trustledger.domain.identity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.trustledger.domain.InvalidValueException;

/**
 * One reason to believe two parties are the same business, such as a shared phone number, with how much it weighs
 * (0 to 1), how far it goes on its own ({@link Grade}) and a detail a person can check.
 */
public record IdentityEvidence(Kind kind, Grade grade, double weight, Detail detail) {

    /**
     * What matched, for people: a message key with the values it shows, so that adapters word it in the reader's
     * language, and the same in English for whoever reads it without them.
     *
     * @param key the message key, such as {@code identity.detail.PHONE}
     * @param values what the message shows, in order: the matched values as written on the ledger
     * @param text the detail in English
     * @param sharedBy how many known parties share the matched value when that many made it weak, 0 otherwise
     * @param formerUntil the month (yyyy-MM, shop time) the known party stopped having the matched value, null while
     *     it still has it
     */
    public record Detail(String key, List<String> values, String text, int sharedBy, String formerUntil) {
        public Detail {
            key = InvalidValueException.requireText("key", key);
            values = List.copyOf(values);
            text = InvalidValueException.requireText("detail", text);
        }

        public Detail(String key, List<String> values, String text, int sharedBy) {
            this(key, values, text, sharedBy, null);
        }

        public Detail(String key, List<String> values, String text) {
            this(key, values, text, 0);
        }

        /** Whether the known party no longer has the matched value: a former phone, address or name. */
        public boolean former() {
            return formerUntil != null;
        }

        /** The detail as plain values, for the arguments of a reason: {@code key}, {@code values}, {@code text}. */
        public Map<String, Object> asArgument() {
            Map<String, Object> argument = new LinkedHashMap<>();
            argument.put("key", key);
            argument.put("values", values);
            argument.put("text", text);
            argument.put("sharedBy", sharedBy);
            if (formerUntil != null) {
                // Only former evidence carries it, so that arguments stored before it existed read the same.
                argument.put("formerUntil", formerUntil);
            }
            return argument;
        }
    }

    /** Which attribute the two parties share. */
    public enum Kind {
        PHONE,
        ADDRESS,
        BANK_ACCOUNT,
        REPRESENTATIVE,
        NAME,
        /** The same person called for both parties. */
        CALLER,
        /** The same e-mail address. */
        EMAIL,
        /** The same web domain, of a website or of e-mail addresses; never a free-mail domain. */
        WEB_DOMAIN
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
        InvalidValueException.requireValue("detail", detail);
    }

    /** The detail in English. */
    public String text() {
        return detail.text();
    }

    /** The same evidence on a value many known parties share: half the weight, never more than weak. */
    public IdentityEvidence crowded(int sharedBy, double factor) {
        return new IdentityEvidence(
                kind,
                Grade.WEAK,
                weight * factor,
                new Detail(
                        detail.key(),
                        detail.values(),
                        detail.text() + " (shared by " + sharedBy + " known parties, weak evidence)",
                        sharedBy,
                        detail.formerUntil()));
    }

    /**
     * The same evidence found on a value the known party had until {@code until} (yyyy-MM): graded and weighed as a
     * current one, since a reseller that moved or changed its number is still the same business, and labelled former.
     */
    public IdentityEvidence former(String until) {
        InvalidValueException.requireText("until", until);
        return new IdentityEvidence(
                kind,
                grade,
                weight,
                new Detail(
                        detail.key(),
                        detail.values(),
                        "former " + formerLabel(kind) + " (until " + until + "): " + detail.text(),
                        detail.sharedBy(),
                        until));
    }

    private static String formerLabel(Kind kind) {
        return switch (kind) {
            case PHONE -> "phone number";
            case ADDRESS -> "address";
            case BANK_ACCOUNT -> "bank account";
            case REPRESENTATIVE -> "representative";
            case NAME -> "name";
            case CALLER -> "caller";
            case EMAIL -> "e-mail address";
            case WEB_DOMAIN -> "web domain";
        };
    }
}
