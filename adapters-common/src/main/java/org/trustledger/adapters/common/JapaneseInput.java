package org.trustledger.adapters.common;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.chrono.JapaneseDate;
import java.time.chrono.JapaneseEra;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads amounts and dates as Japanese staff type them — 22,000, 22000円, ２２，０００円, ¥22,000; 2026/11/30, 2026年11月30日,
 * 令和8年11月30日, R8.11.30 — for every driving adapter alike; anything else is refused with a message saying what is
 * expected, which the adapter turns into a field error.
 */
public final class JapaneseInput {
    /** Digits grouped by three with commas (22,000) or not grouped at all (22000); a misplaced comma is a typo. */
    private static final Pattern YEN = Pattern.compile("^[¥\\\\]?(\\d{1,3}(?:,\\d{3})+|\\d{1,13})(?:円)?$");

    private static final Pattern ISO_DATE = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}$");
    private static final Pattern WESTERN_DATE =
            Pattern.compile("^(\\d{4})(?:[/.\\-]|年)(\\d{1,2})(?:[/.\\-]|月)(\\d{1,2})日?$");
    private static final Pattern ERA_DATE =
            Pattern.compile("^(令和|平成|昭和|r|h|s)(元|\\d{1,2})(?:[/.\\-]|年)(\\d{1,2})(?:[/.\\-]|月)(\\d{1,2})日?$");
    private static final Map<String, JapaneseEra> ERAS = Map.of(
            "令和", JapaneseEra.REIWA,
            "r", JapaneseEra.REIWA,
            "平成", JapaneseEra.HEISEI,
            "h", JapaneseEra.HEISEI,
            "昭和", JapaneseEra.SHOWA,
            "s", JapaneseEra.SHOWA);

    /** What the messages say is accepted. */
    public static final String YEN_FORMS = "yen as 22000, 22,000 or 22,000円";

    public static final String DATE_FORMS = "a date as 2026-11-30, 2026/11/30, 2026年11月30日, 令和8年11月30日 or R8.11.30";

    private JapaneseInput() {}

    /** A whole number of yen; null for blank text. */
    public static Long yen(String text) {
        String folded = fold(text);
        if (folded == null) {
            return null;
        }
        Matcher matcher = YEN.matcher(folded);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not an amount; write " + YEN_FORMS);
        }
        return Long.parseLong(matcher.group(1).replace(",", ""));
    }

    /** A calendar date, Western or by Japanese era; null for blank text. */
    public static LocalDate date(String text) {
        String folded = fold(text);
        if (folded == null) {
            return null;
        }
        try {
            if (ISO_DATE.matcher(folded).matches()) {
                return LocalDate.parse(folded);
            }
            Matcher western = WESTERN_DATE.matcher(folded);
            if (western.matches()) {
                return LocalDate.of(number(western.group(1)), number(western.group(2)), number(western.group(3)));
            }
            Matcher era = ERA_DATE.matcher(folded);
            if (era.matches()) {
                int year = "元".equals(era.group(2)) ? 1 : number(era.group(2));
                // JapaneseDate refuses a year past its era's end (平成32年) as well as a day that does not exist.
                return LocalDate.from(
                        JapaneseDate.of(ERAS.get(era.group(1)), year, number(era.group(3)), number(era.group(4))));
            }
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("'" + text + "' is not a date of the calendar");
        }
        throw new IllegalArgumentException("'" + text + "' is not a date; write " + DATE_FORMS);
    }

    private static String fold(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC)
                .strip()
                .replace(" ", "")
                .replace('．', '.')
                .toLowerCase(Locale.ROOT);
        // NFKC makes the full-width yen sign ￥ into ¥ and the ideographic comma stays: a comma all the same.
        return folded.replace('、', ',');
    }

    private static int number(String digits) {
        return Integer.parseInt(digits);
    }
}
