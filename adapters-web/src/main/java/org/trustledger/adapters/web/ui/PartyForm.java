package org.trustledger.adapters.web.ui;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.trustledger.domain.party.PartyKind;

/** A party as staff register it; phone numbers, e-mail addresses and websites one a line or separated by commas. */
public class PartyForm extends BankAccountFields {
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
}
