package org.trustledger.adapters.mail;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.Leniency;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.trustledger.domain.InvalidValueException;
import org.trustledger.domain.identity.PhoneNumber;

/**
 * The sender's signature in a mail's text, and the phone number written in it. Only the signature is read: a number in
 * the body may well be a customer's, and one in a quoted earlier mail is someone else's.
 */
final class Signature {
    /** The region a number without a country code is read in: the shop's customers and resellers are in Japan. */
    private static final String REGION = "JP";

    /** Without the standard "-- " separator, a signature is taken to be among the last lines the sender wrote. */
    private static final int LAST_LINES = 10;

    /**
     * Where the sender's own text ends and an earlier mail begins: a quoted line, or the line a mail program writes
     * above a quoted or forwarded mail.
     */
    private static final Pattern QUOTE_STARTS = Pattern.compile(
            "^\\s*[>＞].*|.*(Original Message|Forwarded message|wrote:|書きました).*", Pattern.CASE_INSENSITIVE);

    private Signature() {}

    /** The first phone number in the sender's signature; null when it has none that reads as a number. */
    static PhoneNumber number(String text) {
        for (PhoneNumberMatch match : PhoneNumberUtil.getInstance()
                .findNumbers(String.join("\n", lines(text)), REGION, Leniency.VALID, Long.MAX_VALUE)) {
            try {
                return PhoneNumber.parse(match.rawString());
            } catch (InvalidValueException notOurs) {
                // A number libphonenumber accepts but the ledger does not keep; the next one may do.
            }
        }
        return null;
    }

    /** The signature's lines: after the last "-- " line of the sender's own text, or its last few lines. */
    static List<String> lines(String text) {
        List<String> own = new ArrayList<>();
        for (String line : text.split("\\R", -1)) {
            if (QUOTE_STARTS.matcher(line).matches()) {
                break;
            }
            if (line.equals("-- ") || line.equals("--")) {
                own.clear();
            } else if (!line.isBlank()) {
                own.add(line);
            }
        }
        return own.subList(Math.max(0, own.size() - LAST_LINES), own.size());
    }
}
