package org.trustledger.domain.identity;

/** Reads the kanji numerals of Japanese addresses and branch names, such as 十二 or 二〇三, as numbers. */
final class KanjiNumerals {
    /** Longer runs are not block, floor or branch numbers, and would risk overflow. */
    private static final int MAX_LENGTH = 6;

    static final String CHARACTERS = "〇零一二三四五六七八九十百千壱弐参拾";

    private KanjiNumerals() {}

    static boolean isNumeral(char c) {
        return CHARACTERS.indexOf(c) >= 0;
    }

    /** Digit characters only, as in ゆうちょ branch names (〇一八); these are read position by position. */
    static boolean isDigit(char c) {
        return digit(c) >= 0;
    }

    /** The value of a run of numerals, or -1 when the run is empty, too long or not a numeral. */
    static int parse(String text) {
        if (text.isEmpty() || text.length() > MAX_LENGTH) {
            return -1;
        }
        boolean hasUnit = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isNumeral(c)) {
                return -1;
            }
            hasUnit |= unit(c) > 0;
        }
        return hasUnit ? parseWithUnits(text) : parsePositional(text);
    }

    /** 二十三 is 2×10+3 and 十 alone is 10: a unit without a digit before it counts once. */
    private static int parseWithUnits(String text) {
        int total = 0;
        int pending = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int unit = unit(c);
            if (unit > 0) {
                total += (pending < 0 ? 1 : pending) * unit;
                pending = -1;
            } else {
                pending = pending < 0 ? digit(c) : pending * 10 + digit(c);
            }
        }
        return total + Math.max(pending, 0);
    }

    /** 二〇三 is 203: written digit by digit, the way addresses often spell room numbers. */
    private static int parsePositional(String text) {
        int value = 0;
        for (int i = 0; i < text.length(); i++) {
            value = value * 10 + digit(text.charAt(i));
        }
        return value;
    }

    private static int digit(char c) {
        return switch (c) {
            case '〇', '零' -> 0;
            case '一', '壱' -> 1;
            case '二', '弐' -> 2;
            case '三', '参' -> 3;
            case '四' -> 4;
            case '五' -> 5;
            case '六' -> 6;
            case '七' -> 7;
            case '八' -> 8;
            case '九' -> 9;
            default -> -1;
        };
    }

    private static int unit(char c) {
        return switch (c) {
            case '十', '拾' -> 10;
            case '百' -> 100;
            case '千' -> 1000;
            default -> 0;
        };
    }

    /** Replaces every run of numerals in {@code text} by its digits, for names where the numerals are known to be numbers. */
    static String toDigits(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            int end = i;
            while (end < text.length() && isNumeral(text.charAt(end))) {
                end++;
            }
            int value = end > i ? parse(text.substring(i, end)) : -1;
            if (value >= 0) {
                out.append(value);
                i = end;
            } else if (end > i) {
                out.append(text, i, end);
                i = end;
            } else {
                out.append(text.charAt(i));
                i++;
            }
        }
        return out.toString();
    }
}
