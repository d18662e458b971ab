package org.trustledger.domain.identity;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.trustledger.domain.InvalidValueException;

/**
 * Folds the many ways Japanese text is typed — full- and half-width, upper and lower case, spaces, the dozen dash
 * characters, invisible characters, look-alikes and variant kanji — into one form, so that the same name or address
 * written twice compares equal, and one written to slip past compares equal too. Only keys are folded: what is stored
 * is what was written.
 *
 * <p>One fold for every name, address and search key, in this order:
 *
 * <ol>
 *   <li>invisible characters are dropped: every format character (Unicode category Cf: soft hyphen U+00AD, zero-width
 *       space, ZWNJ, ZWJ, LRM, RLM, U+061C, word joiner, BOM, bidirectional controls), variation selectors (U+FE00–FE0F,
 *       U+E0100–E01EF, the Mongolian ones), the combining grapheme joiner and the Hangul and Braille fillers that render
 *       as nothing (U+3164, U+FFA0, U+115F, U+1160, U+2800);
 *   <li>NFKC and lower case: full-width ＡＢＣ and half-width ｻﾝﾗｲｽﾞ read as ABC and サンライズ, ㈱ as (株);
 *   <li>spaces removed (or kept as one, see {@link #fold});
 *   <li>look-alikes ({@link #CONFUSABLES}) and variant kanji ({@link #VARIANTS}) read as the usual character;
 *   <li>dashes: every dash-like character in or around numbers is {@code -}; between katakana a dash or a kanji 一 is
 *       the long-vowel mark ー (ネクストラ一ン, サ-バ-).
 * </ol>
 */
public final class JapaneseText {
    /** The fold is repeated until nothing changes; real text settles in two rounds, this only bounds odd input. */
    private static final int MAX_ROUNDS = 8;
    /** The distance from a hiragana to its katakana in Unicode: ぁ U+3041 to ァ U+30A1. */
    private static final int KATAKANA_OFFSET = 0x60;

    /**
     * Look-alikes of katakana that are read as katakana whatever stands around them: 卜 (U+535C, a kanji used almost
     * only to spoof ト) and 亻 (U+4EBB, the radical of 人, never a word by itself).
     */
    static final Map<Integer, Integer> CONFUSABLES = Map.of(0x535C, (int) 'ト', 0x4EBB, (int) 'イ');

    /**
     * Kanji that look like katakana and are real words too (工業, 入口, 協力, 夕方): read as katakana only with katakana
     * on one side, where a kanji would make no sense (ソフト工ンジン, サンプ口).
     */
    private static final Map<Integer, Integer> LOOKALIKES_NEXT_TO_KATAKANA =
            Map.of((int) '口', (int) 'ロ', (int) '工', (int) 'エ', (int) '力', (int) 'カ', (int) '夕', (int) 'タ');

    /**
     * Numerals that look like katakana (二 ニ, 八 ハ): read as katakana only between two katakana, since addresses
     * write floors and blocks with them (ビル二階, 八丁堀).
     */
    private static final Map<Integer, Integer> NUMERALS_BETWEEN_KATAKANA =
            Map.of((int) '二', (int) 'ニ', (int) '八', (int) 'ハ');

    /**
     * Variant kanji of Japanese family and place names, each read as its common form, because registers, letterheads
     * and IMEs write the same name either way: 髙橋 is 高橋, 渡邉 and 渡邊 are 渡辺, 𠮷野 is 吉野. The old forms
     * (旧字体) and the 異体字 people keep in their names; not every variant of Unicode, only those names use.
     */
    static final Map<Integer, Integer> VARIANTS = variants(
            "髙高", "﨑崎", "嵜崎", "碕崎", "邉辺", "邊辺", "齋斎", "齊斎", "斉斎", "澤沢", "濱浜", "櫻桜", "國国", "廣広", "德徳", "𠮷吉", "槗橋", "嶋島",
            "嶌島", "冨富", "眞真", "實実", "榮栄", "惠恵", "壽寿", "藏蔵", "龜亀", "關関", "團団", "驛駅", "鐵鉄", "縣県", "會会", "學学", "圓円", "條条",
            "增増", "淸清", "靜静", "舘館", "萬万", "埜野", "瀨瀬", "籠篭", "禮礼", "曾曽", "桒桑", "黑黒");

    private JapaneseText() {}

    /**
     * The first character that can only mislead a reader — a bidirectional control (U+202A–U+202E, U+2066–U+2069),
     * which reorders what is shown, or a control character other than tab and line breaks — as {@code U+XXXX}, or
     * null when there is none. Factories refuse such text; folding merely drops the bidirectional controls.
     */
    public static String misleadingCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = (c < 0x20 && c != '\n' && c != '\t' && c != '\r') || (c >= 0x7F && c <= 0x9F);
            boolean bidi = (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
            if (control || bidi) {
                return String.format("U+%04X", (int) c);
            }
        }
        return null;
    }

    /**
     * Width- and case-folded text with every space removed and dashes unified; normalising twice changes
     * nothing more. ＡＢＣ, ABC and abc are one; ｻﾝﾗｲｽﾞ is サンライズ; ㈱ is (株); 1－2ー3 is 1-2-3.
     */
    public static String normalize(String text) {
        return untilStable(text, false);
    }

    /**
     * Like {@link #normalize} but keeps a single ASCII space wherever the text had spaces, for parsers that
     * need word boundaries (an address's "1-2-3 5F", a company's "Nextline Inc.").
     */
    public static String fold(String text) {
        return untilStable(text, true);
    }

    /**
     * Hiragana read as the katakana of the same sound (ねくすとらいん is ネクストライン), for names, which callers
     * spell out in either; not part of {@link #normalize}, because addresses rely on の and names on さん.
     */
    public static String foldKana(String text) {
        Objects.requireNonNull(text, "text");
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean hiragana = (c >= '\u3041' && c <= '\u3096') || c == '\u309D' || c == '\u309E';
            out.append(hiragana ? (char) (c + KATAKANA_OFFSET) : c);
        }
        return out.toString();
    }

    /**
     * Refuses text with a character that can only mislead ({@link #misleadingCharacter}), naming it, as factories of
     * names and addresses do with what people type; returns the text as it is otherwise, null included.
     */
    public static String requireNotMisleading(String field, String text) {
        String refused = text == null ? null : misleadingCharacter(text);
        if (refused != null) {
            throw new InvalidValueException(
                    field,
                    field + " contains " + refused
                            + ", a control or bidirectional character that can only hide or reorder what is shown",
                    "error.text.misleading",
                    Map.of("character", refused));
        }
        return text;
    }

    private static String untilStable(String text, boolean keepSpaces) {
        Objects.requireNonNull(text, "text");
        String current = text;
        for (int round = 0; round < MAX_ROUNDS; round++) {
            String next = foldOnce(current, keepSpaces);
            if (next.equals(current)) {
                return next;
            }
            current = next;
        }
        return current;
    }

    // NFKC is applied again after the spaces go because a removed space can bring a combining mark next to
    // its base character (か ゛ → が), and lower-casing can leave compatibility characters behind.
    private static String foldOnce(String text, boolean keepSpaces) {
        String visible = withoutInvisible(text);
        String widthFolded = withoutInvisible(
                Normalizer.normalize(visible, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT));
        String spaced = spaces(Normalizer.normalize(widthFolded, Normalizer.Form.NFKC), keepSpaces);
        return dashes(lookalikes(spaced));
    }

    /** Drops what renders as nothing, so that ネク\u00ADストライン is ネクストライン; see the class comment for the list. */
    static String withoutInvisible(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(cp -> !isInvisible(cp)).forEach(out::appendCodePoint);
        return out.toString();
    }

    static boolean isInvisible(int cp) {
        return Character.getType(cp) == Character.FORMAT
                || (cp >= 0xFE00 && cp <= 0xFE0F) // variation selectors, U+FE0F the emoji one
                || (cp >= 0xE0100 && cp <= 0xE01EF) // ideographic variation selectors (葛󠄀)
                || (cp >= 0x180B && cp <= 0x180F) // Mongolian variation selectors and vowel separator
                || cp == 0x034F // combining grapheme joiner
                || cp == 0x3164 // Hangul filler, and what NFKC makes of the half-width one U+FFA0
                || cp == 0xFFA0
                || cp == 0x115F // Hangul choseong and jungseong fillers
                || cp == 0x1160
                || cp == 0x2800 // Braille blank
                || cp == 0x17B4 // Khmer inherent vowels, invisible
                || cp == 0x17B5;
    }

    private static String lookalikes(String text) {
        int[] cps = text.codePoints().toArray();
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < cps.length; i++) {
            int cp = cps[i];
            boolean katakanaBefore = i > 0 && isKatakana(cps[i - 1]);
            boolean katakanaAfter = i + 1 < cps.length && isKatakana(cps[i + 1]);
            Integer folded = CONFUSABLES.get(cp);
            if (folded == null) {
                folded = VARIANTS.get(cp);
            }
            if (folded == null && (katakanaBefore || katakanaAfter)) {
                folded = LOOKALIKES_NEXT_TO_KATAKANA.get(cp);
            }
            if (folded == null && katakanaBefore && katakanaAfter) {
                folded = NUMERALS_BETWEEN_KATAKANA.get(cp);
            }
            out.appendCodePoint(folded == null ? cp : folded);
        }
        return out.toString();
    }

    private static Map<Integer, Integer> variants(String... pairs) {
        Map<Integer, Integer> map = new HashMap<>();
        for (String pair : pairs) {
            int[] cps = pair.codePoints().toArray();
            map.put(cps[0], cps[1]);
        }
        return Map.copyOf(map);
    }

    private static String spaces(String text, boolean keepOne) {
        StringBuilder out = new StringBuilder(text.length());
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                pendingSpace = keepOne;
                continue;
            }
            if (pendingSpace && !out.isEmpty()) {
                out.append(' ');
            }
            pendingSpace = false;
            out.append(c);
        }
        return out.toString();
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c)
                || Character.isSpaceChar(c)
                // Invisible characters that arrive with pasted text and make equal names differ.
                || c == '\u200B'
                || c == '\uFEFF'
                || c == '\u2060'
                || c == '\u180E';
    }

    // The long-vowel mark ー is a dash only where it cannot lengthen a vowel: after a digit (1ー2), or before a
    // digit when no kana precedes it. Inside katakana words it must stay, or サンライズ-like names would blur; and
    // there a dash, or the kanji 一, can only be a long-vowel mark typed with the wrong key or to slip past.
    private static String dashes(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char previous = out.isEmpty() ? ' ' : out.charAt(out.length() - 1);
            char following = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
            boolean afterKatakana = isKatakana(previous);
            if (afterKatakana
                    && (isDash(c) || c == '一')
                    && (isKatakana(following) || (c != '一' && i + 1 == text.length()))) {
                out.append('ー');
            } else if (isDash(c)) {
                out.append('-');
            } else if (isWave(c)) {
                out.append('~');
            } else if (c == 'ー') {
                boolean dash = isAsciiDigit(previous) || (isAsciiDigit(following) && !isKana(previous));
                out.append(dash ? '-' : c);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isDash(char c) {
        return switch (c) {
            case '\u002D', // hyphen-minus, and what NFKC makes of full-width － and small ﹣
                    '\u2010', // hyphen, and what NFKC makes of the non-breaking hyphen
                    '\u2012', // figure dash
                    '\u2013', // en dash
                    '\u2014', // em dash
                    '\u2015', // horizontal bar, the dash of Japanese fonts
                    '\u2043', // hyphen bullet
                    '\u2212', // minus sign, what many Japanese IMEs produce for -
                    '\u02D7', // modifier minus
                    '\u2500', // box-drawing line, typed as a dash through IME symbol lists
                    '\u2501',
                    '\uFE58', // small em dash
                    '\u2E3A', // two- and three-em dashes
                    '\u2E3B' -> true;
            default -> false;
        };
    }

    private static boolean isWave(char c) {
        // NFKC already turned full-width ～ into ~; the wave dash and its look-alikes do not fold by themselves.
        return c == '\u301C' || c == '\u223C' || c == '\u223E' || c == '\u2053' || c == '\u3030';
    }

    static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Katakana letters and the long-vowel mark, not the middle dot ・, which separates words. */
    static boolean isKatakana(int c) {
        return (c >= 0x30A1 && c <= 0x30FA)
                || c == 0x30FC
                || c == 0x30FD
                || c == 0x30FE
                || (c >= 0x31F0 && c <= 0x31FF);
    }

    static boolean isKana(char c) {
        Character.UnicodeBlock block = Character.UnicodeBlock.of(c);
        return block == Character.UnicodeBlock.KATAKANA
                || block == Character.UnicodeBlock.HIRAGANA
                || block == Character.UnicodeBlock.KATAKANA_PHONETIC_EXTENSIONS;
    }
}
