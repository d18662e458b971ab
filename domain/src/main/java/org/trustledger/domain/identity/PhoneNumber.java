package org.trustledger.domain.identity;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trustledger.domain.InvalidValueException;

/**
 * A telephone number in E.164 form, so that 03-1234-5678, (03)1234-5678 and +81 3 1234 5678 are one number, with
 * the extension (内線) staff were given, if any: the extension is kept to be shown back, the E.164 base is compared.
 *
 * @param e164 the base number in E.164 form
 * @param extension the extension's digits, null when there is none
 */
public record PhoneNumber(String e164, String extension) {

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

    /** Longer than any switchboard's extension; a longer run of digits is a second number or a typo. */
    private static final int MAX_EXTENSION_DIGITS = 10;

    /**
     * An extension at the end of a number, in what NFKC makes of the ways staff write it: 内線12, (内線205), 内線:12,
     * ext. 12, x12, #12. The marker and its digits are rewritten as libphonenumber's own "ext. 12" notation.
     */
    private static final Pattern EXTENSION = Pattern.compile(
            "[\\s(\\[]*(?:内線|extension|extn|ext|x|#)\\s*[.:]?\\s*([0-9]*)\\s*[)\\]]?\\s*$", Pattern.CASE_INSENSITIVE);

    private static final Pattern DIGIT_DASH = Pattern.compile(
            "(?<=\\d)\\s*[ー\\u2010-\\u2015\\u2212\\u30FC\\uFF70\\u2500\\u2501\\u02D7\\uFE58一]\\s*(?=\\d)");
    // A bracketed note without digits: （代表） and (FAX), but not (03).
    private static final Pattern NOTE = Pattern.compile("[(\\[【「]([^\\d()\\[\\]【】「」]*)[)\\]】」]");
    private static final Pattern EXTENSION_WORD =
            Pattern.compile("内線|extension|extn|ext|^\\s*x\\s*$|#", Pattern.CASE_INSENSITIVE);
    private static final Pattern LABEL = Pattern.compile(
            "^\\s*(?:代表|直通|本社|電話番号|電話|携帯|tel|phone|fax)\\s*(?:番号)?\\s*[:.]?\\s*(?=[+\\d(])", Pattern.CASE_INSENSITIVE);

    /**
     * What telephones and exchanges show instead of a number, folded: a withheld number (非通知, anonymous,
     * private), a pay phone (公衆電話), a caller beyond the display's reach (表示圏外, 通知不可能, unavailable).
     */
    private static final Set<String> WITHHELD_NOTATIONS = Set.of(
            "非通知",
            "非通知設定",
            "番号非通知",
            "公衆電話",
            "表示圏外",
            "圏外",
            "通知不可能",
            "通知不可",
            "anonymous",
            "private",
            "privatenumber",
            "unknown",
            "unavailable",
            "withheld",
            "restricted");

    /** A number as stored: today's rules are {@link #parse}'s and {@link #ofE164}'s, so tightening them breaks no history. */
    public PhoneNumber {
        InvalidValueException.requireValue("phone", e164);
    }

    /** A number already in E.164 form, with an extension of 1 to 10 digits or none, held to today's rules. */
    public static PhoneNumber ofE164(String e164, String extension) {
        InvalidValueException.requireText("phone", e164);
        if (!e164.matches("\\+[1-9][0-9]{6,14}")) {
            throw new InvalidValueException("phone", "'" + e164 + "' is not a phone number in E.164 form");
        }
        if (extension != null && !extension.matches("[0-9]{1," + MAX_EXTENSION_DIGITS + "}")) {
            throw new InvalidValueException(
                    "phone", "extension '" + extension + "' is not 1 to " + MAX_EXTENSION_DIGITS + " digits");
        }
        return new PhoneNumber(e164, extension);
    }

    /** A number without extension. */
    public PhoneNumber(String e164) {
        this(e164, null);
    }

    /**
     * Parses a number as people write it, Japanese national notation, full-width digits and an extension (内線12,
     * （内線２０５）, ext. 12, x12) included.
     */
    public static PhoneNumber parse(String text) {
        String written = InvalidValueException.requireText("phone", text);
        if (isWithheldNotation(written)) {
            throw new InvalidValueException(
                    "phone",
                    "'" + written + "' means no number was shown; leave the phone number out",
                    "error.phone.withheld",
                    Map.of("value", written));
        }
        String halfWidth = withoutAnnotations(
                digitDashes(JapaneseText.withoutInvisible(Normalizer.normalize(written, Normalizer.Form.NFKC))));
        String base = halfWidth;
        String extension = null;
        Matcher marker = EXTENSION.matcher(halfWidth);
        if (marker.find()) {
            if (marker.group(1).isEmpty()) {
                throw new InvalidValueException(
                        "phone",
                        "'" + written + "' names an extension without its digits, as in 03-1234-5678 内線12",
                        "error.phone.extension",
                        Map.of("value", written));
            }
            base = halfWidth.substring(0, marker.start());
            extension = marker.group(1);
        }
        // libphonenumber reads letters as keypad digits (vanity numbers); here a letter is a typo, not a digit.
        if (base.codePoints().anyMatch(Character::isLetter)) {
            throw new InvalidValueException(
                    "phone",
                    "'" + written + "' has letters in it; a phone number is digits",
                    "error.phone.letters",
                    Map.of("value", written));
        }
        try {
            var parsed = UTIL.parse(extension == null ? base : base + " ext. " + extension, DEFAULT_REGION);
            if (!UTIL.isValidNumber(parsed)) {
                throw new InvalidValueException(
                        "phone",
                        "'" + written + "' is not a valid phone number; check the number of digits",
                        "error.phone.digits",
                        Map.of("value", written));
            }
            String parsedExtension = parsed.hasExtension() ? parsed.getExtension() : null;
            return new PhoneNumber(UTIL.format(parsed, PhoneNumberFormat.E164), parsedExtension);
        } catch (NumberParseException e) {
            throw new InvalidValueException(
                    "phone",
                    "'" + written + "' is not a phone number",
                    "error.phone.invalid",
                    Map.of("value", written));
        }
    }

    /**
     * The long-vowel mark ー (what a Japanese IME types for the dash key) and the other dashes between digits read as
     * hyphens: 03ー1234ー5678 is 03-1234-5678.
     */
    private static String digitDashes(String text) {
        return DIGIT_DASH.matcher(text).replaceAll("-");
    }

    /**
     * Notes staff write beside a number — （代表）, （FAX）, 代表:, TEL — say which line it is, not which number; they are
     * set aside, whereas (03) of (03)1234-5678 is part of the number and kept.
     */
    private static String withoutAnnotations(String text) {
        // A bracketed 内線 is the extension's marker, read below, and left for it.
        String noted = NOTE.matcher(text)
                .replaceAll(note ->
                        EXTENSION_WORD.matcher(note.group(1)).find() ? Matcher.quoteReplacement(note.group()) : " ");
        return LABEL.matcher(noted).replaceFirst("").strip();
    }

    /**
     * True when {@code shown} is what a telephone displays instead of a number — 非通知, 公衆電話, 表示圏外, 通知不可能,
     * anonymous, private, unknown, unavailable — or nothing at all, in any width, case or spacing.
     */
    public static boolean isWithheldNotation(String shown) {
        if (shown == null) {
            return true;
        }
        String folded = JapaneseText.normalize(shown).replaceAll("[()\\[\\]<>「」『』【】\"']", "");
        return folded.isEmpty() || WITHHELD_NOTATIONS.contains(folded.toLowerCase(Locale.ROOT));
    }

    /** The same number without its extension: the line itself, which is what identifies a party. */
    public PhoneNumber base() {
        // The line of a number already accepted, stored or typed: its rules were checked when it was made.
        return extension == null ? this : new PhoneNumber(e164);
    }

    /** True when both reach the same line, whatever extension each was given with. */
    public boolean sameLine(PhoneNumber other) {
        return other != null && e164.equals(other.e164);
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

    /** The key an index of parties files this number under: the base number, so an extension never hides a match. */
    public String indexKey() {
        return INDEX_PREFIX + e164;
    }

    /**
     * The number as a Japanese caller would write it: national form for Japan with 内線 before an extension,
     * international form with "ext." otherwise.
     */
    public String display() {
        try {
            var parsed = UTIL.parse(e164, DEFAULT_REGION);
            boolean japanese = parsed.getCountryCode() == 81;
            String number = japanese
                    ? UTIL.format(parsed, PhoneNumberFormat.NATIONAL)
                    : UTIL.format(parsed, PhoneNumberFormat.INTERNATIONAL);
            if (extension == null) {
                return number;
            }
            return number + (japanese ? " 内線" : " ext. ") + extension;
        } catch (NumberParseException e) {
            return extension == null ? e164 : e164 + " ext. " + extension;
        }
    }
}
