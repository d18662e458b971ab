package org.trustledger.adapters.telephony;

import java.text.Normalizer;
import org.trustledger.domain.InvalidValueException;
import org.trustledger.domain.identity.PhoneNumber;

/**
 * The caller's number as the phone system reported it: shown, withheld, or not readable as a number.
 *
 * @param number the number, when one was shown and could be read
 * @param withheld true when the caller withheld it: 非通知, anonymous, nothing at all, or a number dialled after 184
 */
record CallerNumber(PhoneNumber number, boolean withheld) {

    /** Dialled before a number, 184 asks the network to withhold it and 186 to show it (Japanese networks). */
    private static final String WITHHOLD_PREFIX = "184";

    private static final String SHOW_PREFIX = "186";

    static CallerNumber read(String from) {
        if (PhoneNumber.isWithheldNotation(from)) {
            return new CallerNumber(null, true);
        }
        String digits = Normalizer.normalize(from, Normalizer.Form.NFKC).replaceAll("[\\s\\-()]", "");
        // A national number starts with 0, so 184 or 186 in front of one can only be the prefix, never the number.
        if (digits.startsWith(WITHHOLD_PREFIX + "0")) {
            // The caller asked not to be identified; a phone system that passes the number on anyway is not a reason
            // to look them up.
            return new CallerNumber(null, true);
        }
        String shown = digits.startsWith(SHOW_PREFIX + "0") ? digits.substring(SHOW_PREFIX.length()) : from.strip();
        try {
            return new CallerNumber(PhoneNumber.parse(shown), false);
        } catch (InvalidValueException unreadable) {
            return new CallerNumber(null, false);
        }
    }

    /** Neither withheld nor readable: the phone system sent something that is not a number. */
    boolean unreadable() {
        return number == null && !withheld;
    }
}
