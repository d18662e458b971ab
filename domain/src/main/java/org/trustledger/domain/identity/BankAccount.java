package org.trustledger.domain.identity;

import java.text.Normalizer;
import java.util.Map;
import org.trustledger.domain.InvalidValueException;

/** A Japanese bank account: bank, branch, account type and number, with the holder's name when known. */
public record BankAccount(String bank, String branch, AccountType type, String number, String holder) {

    /** 普通 (ordinary), 当座 (current) and 貯蓄 (savings) accounts. */
    public enum AccountType {
        ORDINARY,
        CURRENT,
        SAVINGS
    }

    /** An account as stored: today's rules are {@link #of}'s, so that tightening them never breaks history. */
    public BankAccount {
        type = type == null ? AccountType.ORDINARY : type;
        InvalidValueException.requireValue("bankAccount.bank", bank);
        InvalidValueException.requireValue("bankAccount.branch", branch);
        InvalidValueException.requireValue("bankAccount.number", number);
    }

    /** An account as a person typed it: bank and branch required, the number read as 1 to 8 digits. */
    public static BankAccount of(String bank, String branch, AccountType type, String number, String holder) {
        String digits = Normalizer.normalize(
                        InvalidValueException.requireText("bankAccount.number", number), Normalizer.Form.NFKC)
                .replaceAll("[\\s\\-‐‑‒–—―ー−]", "");
        if (!digits.matches("[0-9]{1,8}")) {
            throw new InvalidValueException(
                    "bankAccount.number",
                    "an account number is 1 to 8 digits, got '" + number + "'",
                    "error.accountNumber",
                    Map.of("value", number));
        }
        return new BankAccount(
                InvalidValueException.requireText("bankAccount.bank", bank),
                InvalidValueException.requireText("bankAccount.branch", branch),
                type,
                digits,
                InvalidValueException.optionalText(holder));
    }

    /** Bank, branch, type and number normalised, for matching accounts written differently. */
    public BankAccountKey key() {
        return BankAccountKey.of(this);
    }
}
