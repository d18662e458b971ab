package org.trustledger.domain.identity;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;

/**
 * Folds the many ways Japanese text is typed — full- and half-width, upper and lower case, spaces, the
 * dozen dash characters — into one form, so that the same name or address written twice compares equal.
 */
public final class JapaneseText {
    /** The fold is repeated until nothing changes; real text settles in two rounds, this only bounds odd input. */
    private static final int MAX_ROUNDS = 8;
    /** The distance from a hiragana to its katakana in Unicode: ぁ U+3041 to ァ U+30A1. */
    private static final int KATAKANA_OFFSET = 0x60;

    private JapaneseText() {}

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
        String widthFolded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        String spaced = spaces(Normalizer.normalize(widthFolded, Normalizer.Form.NFKC), keepSpaces);
        return dashes(spaced);
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
    // digit when no kana precedes it. Inside katakana words it must stay, or サンライズ-like names would blur.
    private static String dashes(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isDash(c)) {
                out.append('-');
            } else if (isWave(c)) {
                out.append('~');
            } else if (c == 'ー') {
                char previous = out.isEmpty() ? ' ' : out.charAt(out.length() - 1);
                char next = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
                boolean dash = isAsciiDigit(previous) || (isAsciiDigit(next) && !isKana(previous));
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

    static boolean isKana(char c) {
        Character.UnicodeBlock block = Character.UnicodeBlock.of(c);
        return block == Character.UnicodeBlock.KATAKANA
                || block == Character.UnicodeBlock.HIRAGANA
                || block == Character.UnicodeBlock.KATAKANA_PHONETIC_EXTENSIONS;
    }
}
