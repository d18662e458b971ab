package org.trustledger.domain.identity;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import org.trustledger.domain.InvalidValueException;

/**
 * A party's e-mail address as written; it is matched by its {@link #key()}: lower case, full-width folded, the domain
 * in its ASCII (punycode) form, so that {@code Info@Bright-Net.co.jp} and {@code ｉｎｆｏ＠bright-net.co.jp} are one.
 */
public record EmailAddress(String value) {
    public static final int MAX_LENGTH = 254;

    public EmailAddress {
        InvalidValueException.requireValue("email", value);
    }

    /** An address as a person typed it; refused when it has no local part or no readable domain. */
    public static EmailAddress of(String text) {
        String written = InvalidValueException.requireText("email", JapaneseText.requireNotMisleading("email", text));
        if (written.length() > MAX_LENGTH) {
            throw new InvalidValueException(
                    "email",
                    "an e-mail address must be at most " + MAX_LENGTH + " characters",
                    "error.tooLong",
                    Map.of("max", MAX_LENGTH));
        }
        EmailAddress email = new EmailAddress(written.strip());
        email.key();
        return email;
    }

    /** Like {@link #of}, but null for null or blank text. */
    public static EmailAddress ofNullable(String text) {
        return InvalidValueException.optionalText(text) == null ? null : of(text);
    }

    /** The address folded for matching; see the type's description. */
    public String key() {
        String folded = JapaneseText.withoutInvisible(Normalizer.normalize(value, Normalizer.Form.NFKC))
                .strip()
                .replaceFirst("(?i)^mailto:", "");
        int at = folded.lastIndexOf('@');
        String local = at > 0 ? folded.substring(0, at).toLowerCase(Locale.ROOT) : "";
        if (local.isEmpty() || local.chars().anyMatch(c -> Character.isWhitespace(c) || c == '@')) {
            throw new InvalidValueException(
                    "email",
                    "'" + value + "' is not an e-mail address, as in info@example.co.jp",
                    "error.email.unreadable",
                    Map.of("value", value));
        }
        return local + "@" + WebDomain.host("email", folded.substring(at + 1));
    }

    /** The domain of the address. */
    public WebDomain domain() {
        return new WebDomain(key().substring(key().lastIndexOf('@') + 1));
    }

    /** The index key, such as {@code email:info@bright-net.co.jp}. */
    public String indexKey() {
        return "email:" + key();
    }
}
