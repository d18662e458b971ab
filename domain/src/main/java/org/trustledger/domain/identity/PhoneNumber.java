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

    /** What sort of line a number reaches, as far as that says whether it identifies one business. */
    public enum LineType {
        /** A fixed or mobile line of its own: sharing it is strong evidence. */
        STANDARD,
        /** Toll-free フリーダイヤル, 0120 and 0800: often run by call centres for many clients. */
        TOLL_FREE,
        /** Shared-cost lines such as ナビダイヤル 0570, routed to whoever rents the number this month. */
        SHARED_COST,
        /** IP phones, 050: cheap and quick to obtain and to pass on. */
        IP_PHONE;

        /** True for lines many businesses share or churn through, so that a match on one is weak evidence. */
        public boolean shared() {
            return this != STANDARD;
        }
    }

    /** Prefix of the index key a number produces. */
    public static final String INDEX_PREFIX = "phone:";

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final String DEFAULT_REGION = "JP";

    public PhoneNumber {
        InvalidValueException.requireText("phone", e164);
        if (!e164.matches("\\+[1-9][0-9]{6,14}")) {
            throw new InvalidValueException("phone", "'" + e164 + "' is not a phone number in E.164 form");
        }
    }

    // What a phone display or a caller shows instead of a number, folded as JapaneseText folds them.
    private static final java.util.Set<String> WITHHELD = java.util.Set.of(
            "非通知", "公衆電話", "表示圏外", "通知不可能", "通知不可", "anonymous", "private", "unknown", "unavailable", "withheld");

    /** True for what stands where no number was shown: 非通知, 公衆電話, 表示圏外, 通知不可能, anonymous …, in any width. */
    public static boolean isWithheldNotation(String text) {
        return text != null && WITHHELD.contains(JapaneseText.normalize(text));
    }

    /** Parses a number as people write it, Japanese national notation and full-width digits included. */
    public static PhoneNumber parse(String text) {
        String written = InvalidValueException.requireText("phone", text);
        String halfWidth = Normalizer.normalize(written, Normalizer.Form.NFKC);
        // libphonenumber reads letters as keypad digits (vanity numbers); here a letter is a typo, not a digit.
        if (halfWidth.codePoints().anyMatch(Character::isLetter)) {
            throw new InvalidValueException("phone", "'" + written + "' has letters in it; a phone number is digits");
        }
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

    /** The line type: Japanese prefixes are read directly, other countries through libphonenumber's metadata. */
    public LineType lineType() {
        if (e164.startsWith("+81")) {
            String national = e164.substring(3);
            if (national.startsWith("120") || national.startsWith("800")) {
                return LineType.TOLL_FREE;
            }
            if (national.startsWith("570")) {
                return LineType.SHARED_COST;
            }
            return national.startsWith("50") ? LineType.IP_PHONE : LineType.STANDARD;
        }
        try {
            return switch (UTIL.getNumberType(UTIL.parse(e164, DEFAULT_REGION))) {
                case TOLL_FREE -> LineType.TOLL_FREE;
                case SHARED_COST, UAN -> LineType.SHARED_COST;
                case VOIP -> LineType.IP_PHONE;
                default -> LineType.STANDARD;
            };
        } catch (NumberParseException e) {
            return LineType.STANDARD;
        }
    }

    /**
     * True for toll-free, navi-dial and IP-phone numbers, which are weak evidence that two parties are one.
     * Not {@code isSharedService()}: serialisers that read bean getters would add it to every stored event.
     */
    public boolean sharedService() {
        return lineType().shared();
    }

    /** The key an index of parties files this number under. */
    public String indexKey() {
        return INDEX_PREFIX + e164;
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
