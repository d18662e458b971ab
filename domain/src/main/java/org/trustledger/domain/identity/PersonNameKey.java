package org.trustledger.domain.identity;

import java.util.List;
import java.util.Objects;

/**
 * A person's name reduced to what identifies them, so that 山田 太郎, 山田太郎, 山田　太郎 and
 * 代表取締役 山田太郎 様 compare equal.
 *
 * @param value the normalised name without titles or honorifics; empty only for a name without letters
 */
public record PersonNameKey(String value) {
    /** Prefix of the index key a representative's name produces. */
    public static final String INDEX_PREFIX = "rep:";

    // Staff copy a representative from a letterhead or a business card, title included; the person is the same.
    // Longest first, so that 代表取締役社長 is not cut to 取締役社長.
    private static final List<String> TITLES =
            List.of("代表取締役社長", "代表取締役会長", "代表取締役", "取締役社長", "代表社員", "代表理事", "代表者", "代表", "社長", "店長", "理事長");
    private static final List<String> HONORIFICS = List.of("さま", "さん", "様", "殿", "氏");

    public PersonNameKey {
        Objects.requireNonNull(value, "value");
    }

    public static PersonNameKey of(PersonName name) {
        return of(name.value());
    }

    /** Reduces a name as written; never throws for non-null text. */
    public static PersonNameKey of(String name) {
        String key = CompanyNameKey.withoutSeparators(name);
        key = stripFirst(key, TITLES, true);
        key = stripFirst(key, HONORIFICS, false);
        return new PersonNameKey(key);
    }

    /** True when both names are known and equal. */
    public boolean samePerson(PersonNameKey other) {
        return !value.isEmpty() && value.equals(other.value);
    }

    /** The key an index of parties files this representative under; empty when the name is empty. */
    public String indexKey() {
        return value.isEmpty() ? "" : INDEX_PREFIX + value;
    }

    private static String stripFirst(String text, List<String> affixes, boolean leading) {
        for (String affix : affixes) {
            boolean present = leading ? text.startsWith(affix) : text.endsWith(affix);
            // A name that is nothing but a title stays as it is: there is nobody else to match it by.
            if (present && text.length() > affix.length()) {
                return leading ? text.substring(affix.length()) : text.substring(0, text.length() - affix.length());
            }
        }
        return text;
    }
}
