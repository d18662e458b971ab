package org.trustledger.domain.identity;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import java.text.Normalizer;
import org.trustledger.domain.InvalidValueException;

/**
 * A telephone number in E.164 form, so that 03-1234-5678, (03)1234-5678 and +81 3 1234 5678 are one number.
 */
public record PhoneNumber(String e164) {
    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final String DEFAULT_REGION = "JP";

    public PhoneNumber {
        InvalidValueException.requireText("phone", e164);
        if (!e164.matches("\\+[1-9][0-9]{6,14}")) {
            throw new InvalidValueException("phone", "'" + e164 + "' is not a phone number in E.164 form");
        }
    }

    /** Parses a number as people write it, Japanese national notation and full-width digits included. */
    public static PhoneNumber parse(String text) {
        String written = InvalidValueException.requireText("phone", text);
        String halfWidth = Normalizer.normalize(written, Normalizer.Form.NFKC);
        try {
            var parsed = UTIL.parse(halfWidth, DEFAULT_REGION);
            if (!UTIL.isValidNumber(parsed)) {
                throw new InvalidValueException(
                        "phone", "'" + written + "' is not a valid phone number; check the number of digits");
            }
            return new PhoneNumber(UTIL.format(parsed, PhoneNumberFormat.E164));
        } catch (NumberParseException e) {
            throw new InvalidValueException("phone", "'" + written + "' is not a phone number");
        }
    }

    /** The number as a Japanese caller would write it: national form for Japan, international otherwise. */
    public String display() {
        try {
            var parsed = UTIL.parse(e164, DEFAULT_REGION);
            return parsed.getCountryCode() == 81
                    ? UTIL.format(parsed, PhoneNumberFormat.NATIONAL)
                    : UTIL.format(parsed, PhoneNumberFormat.INTERNATIONAL);
        } catch (NumberParseException e) {
            return e164;
        }
    }
}
