package org.trustledger.domain.identity;

import java.net.IDN;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.trustledger.domain.InvalidValueException;

/**
 * A party's web domain as written, such as {@code bright-net.co.jp} or {@code https://www.ブライト.jp/contact}; it is
 * matched by its {@link #key()}: the host alone, in lower case, in its ASCII (punycode) form, without {@code www.}.
 */
public record WebDomain(String value) {
    public static final int MAX_LENGTH = 300;

    /**
     * Domains where anyone can have an address, as written in the README: sharing one says nothing about being one
     * business, so they weigh nothing. Carrier mail (docomo, au, SoftBank), the big web-mail services and the common
     * Japanese providers' consumer mail.
     */
    public static final Set<String> FREE_MAIL = Set.of(
            "gmail.com",
            "googlemail.com",
            "yahoo.co.jp",
            "ymail.ne.jp",
            "yahoo.com",
            "docomo.ne.jp",
            "ezweb.ne.jp",
            "au.com",
            "softbank.ne.jp",
            "i.softbank.jp",
            "disney.ne.jp",
            "icloud.com",
            "me.com",
            "mac.com",
            "outlook.com",
            "outlook.jp",
            "hotmail.com",
            "hotmail.co.jp",
            "live.jp",
            "live.com",
            "msn.com",
            "aol.com",
            "mail.com",
            "protonmail.com",
            "proton.me",
            "nifty.com",
            "biglobe.ne.jp",
            "so-net.ne.jp",
            "ocn.ne.jp",
            "excite.co.jp",
            "goo.jp",
            "rakuten.jp",
            "infoseek.jp",
            "zoho.com",
            "yandex.com",
            "gmx.com",
            "linemail.jp");

    private static final Pattern LABEL = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?");

    public WebDomain {
        InvalidValueException.requireValue("website", value);
    }

    /** A domain or web address as a person typed it; refused when no host can be read from it. */
    public static WebDomain of(String text) {
        String written =
                InvalidValueException.requireText("website", JapaneseText.requireNotMisleading("website", text));
        if (written.length() > MAX_LENGTH) {
            throw new InvalidValueException(
                    "website",
                    "a web address must be at most " + MAX_LENGTH + " characters",
                    "error.tooLong",
                    Map.of("max", MAX_LENGTH));
        }
        WebDomain domain = new WebDomain(written.strip());
        domain.key();
        return domain;
    }

    /** Like {@link #of}, but null for null or blank text. */
    public static WebDomain ofNullable(String text) {
        return InvalidValueException.optionalText(text) == null ? null : of(text);
    }

    /** The host, folded for matching; see the type's description. */
    public String key() {
        return host("website", value);
    }

    /** The index key, such as {@code domain:bright-net.co.jp}. */
    public String indexKey() {
        return "domain:" + key();
    }

    /** Whether anyone can have an address at this domain, so that sharing it is no evidence. */
    public boolean freeMail() {
        String key = key();
        return FREE_MAIL.stream().anyMatch(free -> key.equals(free) || key.endsWith("." + free));
    }

    /**
     * The host of a domain or web address: full-width and invisible characters folded, the scheme, user, port, path,
     * query and a leading {@code www.} left out, and an international name in its ASCII form.
     */
    static String host(String field, String text) {
        String host = JapaneseText.withoutInvisible(Normalizer.normalize(text, Normalizer.Form.NFKC))
                .strip()
                .toLowerCase(Locale.ROOT);
        host = host.replaceFirst("^[a-z][a-z0-9+.-]*://", "");
        host = host.replaceFirst("^//", "");
        int end = indexOfAny(host, "/?#");
        if (end >= 0) {
            host = host.substring(0, end);
        }
        int at = host.lastIndexOf('@');
        if (at >= 0) {
            host = host.substring(at + 1);
        }
        host = host.replaceFirst(":[0-9]*$", "").replace('。', '.');
        while (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        if (host.startsWith("www.")) {
            host = host.substring(4);
        }
        String ascii;
        try {
            ascii = IDN.toASCII(host, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            throw unreadable(field, text);
        }
        String[] labels = ascii.split("\\.", -1);
        if (labels.length < 2 || ascii.length() > 253) {
            throw unreadable(field, text);
        }
        for (String label : labels) {
            if (!LABEL.matcher(label).matches()) {
                throw unreadable(field, text);
            }
        }
        return ascii;
    }

    private static int indexOfAny(String text, String characters) {
        for (int i = 0; i < text.length(); i++) {
            if (characters.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    private static InvalidValueException unreadable(String field, String text) {
        return new InvalidValueException(
                field,
                "'" + text + "' is not a domain or web address, as in example.co.jp or https://www.example.co.jp/",
                "error." + field + ".unreadable",
                Map.of("value", text));
    }
}
