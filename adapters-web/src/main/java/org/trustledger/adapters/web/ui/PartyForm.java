package org.trustledger.adapters.web.ui;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.trustledger.domain.identity.BankAccount.AccountType;
import org.trustledger.domain.party.PartyKind;

/** A party as staff register it; phone numbers, e-mail addresses and websites one a line or separated by commas. */
public class PartyForm implements BankAccountFields {
    @NotNull
    private PartyKind kind = PartyKind.RESELLER;

    @NotBlank
    @Size(max = 200)
    private String name;

    @Size(max = 400)
    private String phones;

    @Size(max = 300)
    private String address;

    @Size(max = 2600)
    private String emails;

    @Size(max = 3100)
    private String websites;

    @Size(max = 100)
    private String representative;

    @Size(max = 100)
    private String bank;

    @Size(max = 100)
    private String branch;

    private AccountType accountType;

    @Size(max = 20)
    private String accountNumber;

    @Size(max = 100)
    private String accountHolder;

    public PartyKind getKind() {
        return kind;
    }

    public void setKind(PartyKind kind) {
        this.kind = kind;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmails() {
        return emails;
    }

    public void setEmails(String emails) {
        this.emails = emails;
    }

    public String getWebsites() {
        return websites;
    }

    public void setWebsites(String websites) {
        this.websites = websites;
    }

    public String getPhones() {
        return phones;
    }

    public void setPhones(String phones) {
        this.phones = phones;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getRepresentative() {
        return representative;
    }

    public void setRepresentative(String representative) {
        this.representative = representative;
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
