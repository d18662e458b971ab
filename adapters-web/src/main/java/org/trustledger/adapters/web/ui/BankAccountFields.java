package org.trustledger.adapters.web.ui;

import org.trustledger.domain.identity.BankAccount;
import org.trustledger.domain.identity.BankAccount.AccountType;

/** The bank account fields of the intake and party forms, and the one way an account is read from them. */
interface BankAccountFields {
    String getBank();

    String getBranch();

    AccountType getAccountType();

    String getAccountNumber();

    String getAccountHolder();

    /** No account when none of its identifying fields was typed; otherwise the account as today's rules read it. */
    default BankAccount bankAccount() {
        if (blank(getBank()) && blank(getBranch()) && blank(getAccountNumber())) {
            return null;
        }
        return BankAccount.of(
                getBank(),
                getBranch(),
                getAccountType(),
                getAccountNumber(),
                blank(getAccountHolder()) ? null : getAccountHolder());
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
