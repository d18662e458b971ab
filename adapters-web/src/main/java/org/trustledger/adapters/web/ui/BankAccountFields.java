package org.trustledger.adapters.web.ui;

import jakarta.validation.constraints.Size;
import org.trustledger.domain.identity.BankAccount;
import org.trustledger.domain.identity.BankAccount.AccountType;

/** The bank account fields of the intake and party forms, and the one way an account is read from them. */
public abstract class BankAccountFields {
    @Size(max = 100)
    private String bank;

    @Size(max = 100)
    private String branch;

    private AccountType accountType;

    @Size(max = 20)
    private String accountNumber;

    @Size(max = 100)
    private String accountHolder;

    /** No account when none of its identifying fields was typed; otherwise the account as today's rules read it. */
    BankAccount bankAccount() {
        if (blank(bank) && blank(branch) && blank(accountNumber)) {
            return null;
        }
        return BankAccount.of(bank, branch, accountType, accountNumber, blank(accountHolder) ? null : accountHolder);
    }

    /** Whether any of the account's fields was typed. */
    boolean anyAccountField() {
        return !blank(bank) || !blank(branch) || !blank(accountNumber) || !blank(accountHolder);
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    public String getBank() {
        return bank;
    }

    public void setBank(String bank) {
        this.bank = bank;
    }

    public String getBranch() {
        return branch;
    }

    public void setBranch(String branch) {
        this.branch = branch;
    }

    public AccountType getAccountType() {
        return accountType;
    }

    public void setAccountType(AccountType accountType) {
        this.accountType = accountType;
    }

    public String getAccountNumber() {
        return accountNumber;
    }

    public void setAccountNumber(String accountNumber) {
        this.accountNumber = accountNumber;
    }

    public String getAccountHolder() {
        return accountHolder;
    }

    public void setAccountHolder(String accountHolder) {
        this.accountHolder = accountHolder;
    }
}
