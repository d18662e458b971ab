package org.trustledger.adapters.persistence.party;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import org.trustledger.domain.identity.CompanyNameKey;
import org.trustledger.domain.identity.JapaneseText;
import org.trustledger.domain.identity.PhoneNumber;

/**
 * What the party list is searched by, worked out with screening's own normalisation: the name as folded, its core
 * without legal form, and the digits of its phone numbers, so that search finds what screening would match.
 */
public final class PartySearchColumns {
    /** The width of the search columns; a longer value comes only from over-long free text and is cut. */
    static final int MAX_LENGTH = 1000;

    private PartySearchColumns() {}

    /** The whole name folded for width, case, spaces and kana: 株式会社ネクストライン is 株式会社ネクストライン. */
    public static String nameKey(String name) {
        return cut(JapaneseText.foldKana(JapaneseText.normalize(name)));
    }

    /** The name without its legal form: (株)ネクストライン, ねくすとらいん株式会社 and ネクストライン are ネクストライン. */
    public static String coreKey(String name) {
        return cut(CompanyNameKey.of(name).core());
    }

    /**
     * The digits of each number as dialled in Japan (0353217788), each followed by a space, so that a search for
     * the last digits ({@code LIKE '%7788 %'}) finds the end of one number, never the middle.
     */
    public static String phoneDigits(Collection<PhoneNumber> phones) {
        Set<String> digits = new LinkedHashSet<>();
        for (PhoneNumber phone : phones) {
            digits.add(digits(phone.base().display()));
        }
        StringBuilder out = new StringBuilder(" ");
        for (String number : digits) {
            if (out.length() + number.length() + 1 > MAX_LENGTH) {
                break;
            }
            out.append(number).append(' ');
        }
        return out.toString();
    }

    static String digits(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(c -> c >= '0' && c <= '9').forEach(out::appendCodePoint);
        return out.toString();
    }

    private static String cut(String key) {
        return key.length() <= MAX_LENGTH ? key : key.substring(0, MAX_LENGTH);
    }
}
