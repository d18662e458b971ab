package org.trustledger.domain.identity;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.trustledger.domain.identity.BankAccount.AccountType;

/**
 * A bank account reduced for matching, so that 三井住友銀行 新宿支店 0123456 and 三井住友 新宿 123456 are
 * one account.
 *
 * @param bank the bank's name, normalised, without 株式会社 and without a trailing 銀行 or "bank"
 * @param branch the branch's name, normalised, without a trailing 支店; digits for a numbered branch
 * @param type the account type
 * @param number the account number, seven digits or more, zero-padded on the left
 */
public record BankAccountKey(String bank, String branch, AccountType type, String number) {
    /** Prefix of the index key an account produces. */
    public static final String INDEX_PREFIX = "bank:";

    /** Japanese account numbers have seven digits; a shorter one lost its leading zeros on the way. */
    private static final int ACCOUNT_DIGITS = 7;

    // 銀行 is as often left out as written. Credit unions and the like keep their kind, in one spelling,
    // since 京都信用金庫 and 京都銀行 are different banks.
    private static final List<String> DROPPED_BANK_SUFFIXES = List.of("銀行", "bank");
    private static final List<List<String>> BANK_ABBREVIATIONS =
            List.of(List.of("信金", "信用金庫"), List.of("信組", "信用組合"), List.of("労金", "労働金庫"));

    public BankAccountKey {
        Objects.requireNonNull(bank, "bank");
        Objects.requireNonNull(branch, "branch");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(number, "number");
    }

    public static BankAccountKey of(BankAccount account) {
        return new BankAccountKey(
                bank(account.bank()), branch(account.branch()), account.type(), number(account.number()));
    }

    /** The key an index of parties files this account under. */
    public String indexKey() {
        return INDEX_PREFIX + bank + "|" + branch + "|" + type.name().toLowerCase(Locale.ROOT) + "|" + number;
    }

    static String bank(String written) {
        String name = CompanyNameKey.of(written).core();
        for (List<String> abbreviation : BANK_ABBREVIATIONS) {
            if (name.endsWith(abbreviation.get(0))) {
                name = name.substring(0, name.length() - abbreviation.get(0).length()) + abbreviation.get(1);
            }
        }
        for (String suffix : DROPPED_BANK_SUFFIXES) {
            if (name.endsWith(suffix) && name.length() > suffix.length()) {
                return name.substring(0, name.length() - suffix.length());
            }
        }
        return name;
    }

    static String branch(String written) {
        String name = CompanyNameKey.withoutSeparators(written);
        if (name.endsWith("支店") && name.length() > 2) {
            name = name.substring(0, name.length() - 2);
        }
        // Numbered branches, ゆうちょ銀行's 〇一八店 among them, are written in kanji or in digits, with 店 or without.
        String numbered = name.endsWith("店") ? name.substring(0, name.length() - 1) : name;
        if (!numbered.isEmpty() && numbered.chars().allMatch(c -> KanjiNumerals.isDigit((char) c))) {
            StringBuilder digits = new StringBuilder();
            numbered.chars().forEach(c -> digits.append(KanjiNumerals.parse(String.valueOf((char) c))));
            return digits.toString();
        }
        if (!numbered.isEmpty() && numbered.chars().allMatch(c -> JapaneseText.isAsciiDigit((char) c))) {
            return numbered;
        }
        return name;
    }

    static String number(String digits) {
        String significant = digits.replaceFirst("^0+", "");
        return significant.length() >= ACCOUNT_DIGITS
                ? significant
                : "0".repeat(ACCOUNT_DIGITS - significant.length()) + significant;
    }
}
