package org.trustledger.domain.identity;

import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A person's name reduced to what identifies them, so that 山田 太郎, 山田太郎, 山田　太郎 and 代表取締役 山田太郎 様 compare
 * equal, and a name heard on the phone and typed in kana (やまだ たろう, ヤマダタロウ) matches one written with its reading,
 * 山田太郎（やまだたろう）.
 *
 * @param value the normalised name without titles, honorifics or reading, kana as katakana; empty only for a name
 *     without letters
 * @param reading the name's reading in katakana when known: given in brackets, or the name itself when it is all kana;
 *     empty otherwise
 */
public record PersonNameKey(String value, String reading) {
    /** Prefix of the index key a representative's name produces. */
    public static final String INDEX_PREFIX = "rep:";

    /** Prefix of the index key a caller's name produces. */
    public static final String CALLER_PREFIX = "caller:";

    private static final KeyMemo<PersonNameKey> MEMO = new KeyMemo<>(PersonNameKey::read);

    // Staff copy a representative from a letterhead or a business card, title included; the person is the same.
    // Longest first, so that 代表取締役社長 is not cut to 取締役社長.
    private static final List<String> TITLES =
            List.of("代表取締役社長", "代表取締役会長", "代表取締役", "取締役社長", "代表社員", "代表理事", "代表者", "代表", "社長", "店長", "理事長");
    private static final List<String> HONORIFICS = List.of("サマ", "サン", "様", "殿", "氏");
    // After NFKC, full-width brackets are ASCII ones; 【】 and 「」 do not fold and are listed as they are.
    private static final Pattern READING = Pattern.compile("^(.*?)[(\\[【「]([^)\\]】」]*)[)\\]】」]$");

    public PersonNameKey {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(reading, "reading");
    }

    public static PersonNameKey of(PersonName name) {
        return of(name.value());
    }

    /** Reduces a name as written; never throws for non-null text. */
    public static PersonNameKey of(String name) {
        return MEMO.of(name);
    }

    private static PersonNameKey read(String name) {
        if (Erasure.isErased(name)) {
            return new PersonNameKey("", "");
        }
        String folded = JapaneseText.foldKana(CompanyNameKey.withoutSeparators(name));
        String reading = "";
        Matcher bracketed = READING.matcher(folded);
        if (bracketed.matches() && !bracketed.group(1).isEmpty()) {
            folded = bracketed.group(1);
            reading = allKana(bracketed.group(2)) ? bracketed.group(2) : "";
        }
        String key = stripFirst(folded, TITLES, true);
        key = stripFirst(key, HONORIFICS, false);
        if (reading.isEmpty() && allKana(key)) {
            reading = key;
        }
        return new PersonNameKey(key, reading);
    }

    /**
     * True when both names are known and equal, or when one of them was only heard (all kana) and it is the other's
     * reading: two names written in different kanji are two people even when they read alike.
     */
    public boolean samePerson(PersonNameKey other) {
        if (!value.isEmpty() && value.equals(other.value)) {
            return true;
        }
        boolean oneOnlyHeard = value.equals(reading) || other.value.equals(other.reading);
        return oneOnlyHeard && !reading.isEmpty() && reading.equals(other.reading);
    }

    /** The key an index of parties files this representative under; empty when the name is empty. */
    public String indexKey() {
        return value.isEmpty() ? "" : INDEX_PREFIX + value;
    }

    /**
     * The keys an index files a caller of a party under: the name and, when known, its reading, so that a name heard
     * in kana finds one written in kanji.
     */
    public List<String> callerIndexKeys() {
        if (value.isEmpty()) {
            return List.of();
        }
        return reading.isEmpty() || reading.equals(value)
                ? List.of(CALLER_PREFIX + value)
                : List.of(CALLER_PREFIX + value, CALLER_PREFIX + reading);
    }

    private static boolean allKana(String text) {
        return !text.isEmpty() && text.chars().allMatch(c -> JapaneseText.isKana((char) c));
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
