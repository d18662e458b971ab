package org.trustledger.domain.identity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A company name split into its legal form and its normalised core, so that 株式会社ネクストライン,
 * ネクストライン(株), ﾈｸｽﾄﾗｲﾝ ㈱, ねくすとらいん株式会社 and ネクストライン 株式会社 share one core, for screening and for
 * staff searching the list alike.
 *
 * @param legalForm the legal form found before or after the name, {@link LegalForm#NONE} when there is none
 * @param core the name without its legal form, normalised; empty only when the name has no letters at all
 */
public record CompanyNameKey(LegalForm legalForm, String core) {
    /** Prefix of the index key a name produces. */
    public static final String INDEX_PREFIX = "name:";

    /** A company is not likely to be written with more than a prefix and a suffix form. */
    private static final int MAX_FORMS = 2;

    private static final List<Mark> MARKS = marks();

    public CompanyNameKey {
        Objects.requireNonNull(legalForm, "legalForm");
        Objects.requireNonNull(core, "core");
    }

    public static CompanyNameKey of(PartyName name) {
        return of(name.value());
    }

    /** Splits a name as written; never throws for non-null text. */
    public static CompanyNameKey of(String name) {
        String rest = JapaneseText.fold(name);
        LegalForm form = LegalForm.NONE;
        for (int found = 0; found < MAX_FORMS; found++) {
            Stripped stripped = stripOne(rest);
            // A name that is only a legal form ("株式会社") keeps it as its core rather than becoming empty.
            if (stripped == null || withoutSeparators(stripped.rest()).isEmpty()) {
                break;
            }
            form = form == LegalForm.NONE ? stripped.form() : form;
            rest = stripped.rest();
        }
        // Callers spell a name out in hiragana as often as in katakana: the core is one of them.
        return new CompanyNameKey(form, JapaneseText.foldKana(withoutSeparators(rest)));
    }

    /** True when both cores are known and equal, whatever the legal forms. */
    public boolean sameCore(CompanyNameKey other) {
        return !core.isEmpty() && core.equals(other.core);
    }

    /** The key an index of parties files this name under; empty when the core is empty. */
    public String indexKey() {
        return core.isEmpty() ? "" : INDEX_PREFIX + core;
    }

    private static Stripped stripOne(String folded) {
        for (Mark mark : MARKS) {
            Matcher matcher = mark.pattern().matcher(folded);
            if (matcher.find()) {
                String rest = folded.substring(0, matcher.start()) + folded.substring(matcher.end());
                return new Stripped(mark.form(), rest.strip());
            }
        }
        return null;
    }

    // Word separators inside a name (ネクスト・ライン, Next.Line, "Nextline, Inc." once the form is gone) are
    // as arbitrary as spaces.
    static String withoutSeparators(String text) {
        String normalized = JapaneseText.normalize(text);
        StringBuilder out = new StringBuilder(normalized.length());
        for (int i = 0; i < normalized.length(); i++) {
            char c = normalized.charAt(i);
            if ("・.,、。'’‘\"“”".indexOf(c) < 0) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static List<Mark> marks() {
        List<Mark> marks = new ArrayList<>();
        for (LegalForm form : LegalForm.values()) {
            for (String mark : form.japaneseMarks()) {
                // Spaces may creep into a mark ("( 株 )", "株式 会社"); Japanese needs no word boundary.
                String spaced = String.join(
                        "\\s?",
                        mark.codePoints()
                                .mapToObj(cp -> Pattern.quote(Character.toString(cp)))
                                .toList());
                marks.add(new Mark(form, mark.length(), Pattern.compile("^" + spaced + "|" + spaced + "$")));
            }
            for (String suffix : form.englishSuffixes()) {
                // Only a whole trailing word counts, so that "Zinc" does not lose its "inc".
                marks.add(new Mark(form, suffix.length(), Pattern.compile("(?<=[\\s,.])" + suffix + "$")));
            }
        }
        // The longest mark first, so that "co., ltd." is not taken for a lone "ltd.".
        marks.sort(Comparator.comparingInt(Mark::length).reversed());
        return List.copyOf(marks);
    }

    private record Mark(LegalForm form, int length, Pattern pattern) {}

    private record Stripped(LegalForm form, String rest) {}
}
