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
 * <p>Companies also write where in the company they are: a branch or office (株式会社サンプル通信 大阪支店, サンプル通信株式会社
 * 東京本社, サンプル通信(株)名古屋営業所) and notes in brackets (サンプル通信（旧ネクストライン）, 【代理店】サンプル通信). Both are set
 * aside in the core, so that the branch is the company, and kept in the name as written for display. A branch is the
 * last word when a space or a legal form sets it apart; written straight after the name, only a place or number the
 * list {@link #BRANCH_PLACES} knows (大阪支店, 第二営業所) is taken for one, since センター or 本社 ends many a company's own
 * name (ライフサポートセンター).
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
    private static final KeyMemo<CompanyNameKey> MEMO = new KeyMemo<>(CompanyNameKey::read);

    /** What a branch, office or department of a company calls itself, at the end of its name. */
    static final List<String> BRANCH_SUFFIXES =
            List.of("支店", "本店", "営業所", "支社", "本社", "事業部", "事業所", "営業部", "本部", "センター", "出張所", "事務所", "オフィス");

    /**
     * Places that name branches (prefectures without 都府県, regions, large cities and business districts): only these,
     * or a number, are taken for a branch written straight after the name.
     */
    static final List<String> BRANCH_PLACES = List.of(
            "北海道", "青森", "岩手", "宮城", "秋田", "山形", "福島", "茨城", "栃木", "群馬", "埼玉", "千葉", "東京", "神奈川", "新潟", "富山", "石川",
            "福井", "山梨", "長野", "岐阜", "静岡", "愛知", "三重", "滋賀", "京都", "大阪", "兵庫", "奈良", "和歌山", "鳥取", "島根", "岡山", "広島", "山口",
            "徳島", "香川", "愛媛", "高知", "福岡", "佐賀", "長崎", "熊本", "大分", "宮崎", "鹿児島", "沖縄", "札幌", "仙台", "さいたま", "横浜", "川崎",
            "相模原", "浜松", "名古屋", "堺", "神戸", "北九州", "新宿", "渋谷", "池袋", "品川", "上野", "銀座", "梅田", "難波", "博多", "天神", "関東",
            "関西", "東北", "北陸", "東海", "中部", "近畿", "中国", "四国", "九州", "首都圏", "東日本", "西日本");

    private static final String BRANCH_NUMBER = "第?[0-9一二三四五六七八九十]{1,3}";
    private static final Pattern PLACED_BRANCH = Pattern.compile("(?:(?:" + String.join("|", BRANCH_PLACES) + ")(?:"
            + BRANCH_NUMBER + ")?|" + BRANCH_NUMBER + ")(?:" + String.join("|", BRANCH_SUFFIXES) + ")$");
    // After NFKC, （） and ［］ are ASCII; 【】 and 〔〕 do not fold and are listed as they are.
    private static final Pattern NOTE = Pattern.compile("\\([^()]*\\)|\\[[^\\[\\]]*\\]|【[^【】]*】|〔[^〔〕]*〕");

    public CompanyNameKey {
        Objects.requireNonNull(legalForm, "legalForm");
        Objects.requireNonNull(core, "core");
    }

    public static CompanyNameKey of(PartyName name) {
        return of(name.value());
    }

    /** Splits a name as written; never throws for non-null text. */
    public static CompanyNameKey of(String name) {
        return MEMO.of(name);
    }

    private static CompanyNameKey read(String name) {
        String folded = withoutNotes(JapaneseText.fold(name));
        String branchless = withoutBranch(folded);
        if (!branchless.equals(folded)) {
            CompanyNameKey company = split(branchless);
            // A name that is nothing but a legal form and an office (株式会社 東京センター) has no branch to set aside.
            boolean onlyForm = company.legalForm() == LegalForm.NONE && stripOne(branchless) != null;
            if (!onlyForm && !company.core().isEmpty()) {
                return company;
            }
        }
        return split(folded);
    }

    /** Notes in brackets are set aside, the bracketed legal forms (株) and (有) kept. */
    static String withoutNotes(String folded) {
        Matcher note = NOTE.matcher(folded);
        StringBuilder out = new StringBuilder();
        while (note.find()) {
            String bracketed = note.group().replace(" ", "");
            boolean legalForm = MARKS.stream()
                    .anyMatch(mark -> mark.pattern().matcher(bracketed).matches());
            note.appendReplacement(out, Matcher.quoteReplacement(legalForm ? note.group() : " "));
        }
        note.appendTail(out);
        String kept = out.toString().strip().replaceAll("\\s+", " ");
        // A name that is all note keeps it: there is nothing else to match it by.
        return withoutSeparators(kept).isEmpty() ? folded : kept;
    }

    /**
     * The name without the branch or office at its end: the last word when a space sets it apart, what follows a legal
     * form in the middle of the name, or a known place or number with a suffix written straight after the name.
     */
    static String withoutBranch(String folded) {
        int space = folded.lastIndexOf(' ');
        if (space > 0 && endsWithBranchSuffix(folded.substring(space + 1))) {
            return folded.substring(0, space).strip();
        }
        for (Mark mark : MARKS) {
            if (mark.english()) {
                continue;
            }
            Matcher inside = mark.inside().matcher(folded);
            if (inside.find()
                    && inside.end() < folded.length()
                    && endsWithBranchSuffix(folded.substring(inside.end()))) {
                return folded.substring(0, inside.end()).strip();
            }
        }
        Matcher placed = PLACED_BRANCH.matcher(folded);
        if (placed.find() && placed.start() > 0) {
            String rest = folded.substring(0, placed.start()).strip();
            return withoutSeparators(rest).isEmpty() ? folded : rest;
        }
        return folded;
    }

    private static boolean endsWithBranchSuffix(String word) {
        return BRANCH_SUFFIXES.stream().anyMatch(word::endsWith);
    }

    private static CompanyNameKey split(String folded) {
        String rest = folded;
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
                marks.add(new Mark(
                        form,
                        mark.length(),
                        Pattern.compile("^" + spaced + "|" + spaced + "$"),
                        Pattern.compile("(?<=.)" + spaced),
                        false));
            }
            for (String suffix : form.englishSuffixes()) {
                // Only a whole trailing word counts, so that "Zinc" does not lose its "inc".
                Pattern trailing = Pattern.compile("(?<=[\\s,.])" + suffix + "$");
                marks.add(new Mark(form, suffix.length(), trailing, trailing, true));
            }
        }
        // The longest mark first, so that "co., ltd." is not taken for a lone "ltd.".
        marks.sort(Comparator.comparingInt(Mark::length).reversed());
        return List.copyOf(marks);
    }

    /**
     * One way of writing a legal form: {@code pattern} finds it at either end of a name, {@code inside} after the start
     * of the name, where a branch may follow it.
     */
    private record Mark(LegalForm form, int length, Pattern pattern, Pattern inside, boolean english) {}

    private record Stripped(LegalForm form, String rest) {}
}
