package org.trustledger.domain.identity;

import java.util.List;

/**
 * The legal form of a Japanese company, kept apart from its name because a renamed reseller often keeps
 * the name and changes the form, or just moves 株式会社 from the front to the back.
 */
public enum LegalForm {
    NONE("", List.of(), List.of()),
    // Co., Ltd., Inc., Corp. and K.K. are how 株式会社 present themselves in English, so they count as such.
    KABUSHIKI_KAISHA(
            "株式会社",
            List.of("株式会社", "(株)"),
            List.of(
                    "co\\.?\\s?,?\\s?ltd\\.?",
                    "company\\s?limited",
                    "ltd\\.?",
                    "limited",
                    "inc\\.?",
                    "incorporated",
                    "corp\\.?",
                    "corporation",
                    "k\\.?\\s?k\\.?")),
    YUGEN_KAISHA("有限会社", List.of("有限会社", "(有)"), List.of()),
    GODO_KAISHA("合同会社", List.of("合同会社", "(同)"), List.of("l\\.?\\s?l\\.?\\s?c\\.?", "g\\.\\s?k\\.?")),
    GOSHI_KAISHA("合資会社", List.of("合資会社", "(資)"), List.of()),
    GOMEI_KAISHA("合名会社", List.of("合名会社", "(名)"), List.of()),
    IPPAN_SHADAN_HOJIN("一般社団法人", List.of("一般社団法人", "(一社)"), List.of()),
    IPPAN_ZAIDAN_HOJIN("一般財団法人", List.of("一般財団法人", "(一財)"), List.of()),
    KOEKI_SHADAN_HOJIN("公益社団法人", List.of("公益社団法人", "(公社)"), List.of()),
    KOEKI_ZAIDAN_HOJIN("公益財団法人", List.of("公益財団法人", "(公財)"), List.of()),
    NPO_HOJIN("特定非営利活動法人", List.of("特定非営利活動法人", "npo法人", "(特非)"), List.of());

    private final String label;
    private final List<String> japaneseMarks;
    private final List<String> englishSuffixes;

    LegalForm(String label, List<String> japaneseMarks, List<String> englishSuffixes) {
        this.label = label;
        this.japaneseMarks = japaneseMarks;
        this.englishSuffixes = englishSuffixes;
    }

    /** The form as written in Japanese, empty for {@link #NONE}. */
    public String label() {
        return label;
    }

    /** Marks in normalised form (NFKC, lower case); they may stand before or after the name. */
    List<String> japaneseMarks() {
        return japaneseMarks;
    }

    /** Regular expressions over folded text; English forms follow the name, after a space, comma or dot. */
    List<String> englishSuffixes() {
        return englishSuffixes;
    }
}
