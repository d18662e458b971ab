package org.trustledger.adapters.web.ui;

import jakarta.validation.constraints.Size;
import org.trustledger.domain.identity.BankAccount.AccountType;
import org.trustledger.domain.party.Channel;
import org.trustledger.domain.party.PartyKind;

/** What staff type while the phone rings; kept whole when a field is refused, so nothing typed is lost. */
public class IntakeForm extends BankAccountFields {
    @Size(max = 200)
    private String companyName;

    @Size(max = 100)
    private String callerName;

    private boolean callerNameWithheld;

    @Size(max = 40)
    private String phone;

    @Size(max = 300)
    private String address;

    @Size(max = 254)
    private String email;

    @Size(max = 300)
    private String website;

    private PartyKind requesterKind;
    private boolean onBehalfOfCustomer;
    private Channel channel = Channel.PHONE;

    @Size(max = 4000)
    private String summary;

    // Under 「詳しく」: details screening uses too, when the caller gives them.
    @Size(max = 100)
    private String representative;

    public IntakeForm() {
        // An intake sent without a type reads the account as ordinary, the first choice its select shows.
        setAccountType(AccountType.ORDINARY);
    }

    /** Whether anything under 「詳しく」 was typed, so the fold opens again to show it. */
    public boolean hasMore() {
        return !blank(representative) || anyAccountField();
    }

    public String getRepresentative() {
        return representative;
    }

    public void setRepresentative(String representative) {
        this.representative = representative;
    }

    public String getCompanyName() {
        return companyName;
    }

    public void setCompanyName(String companyName) {
        this.companyName = companyName;
    }

    public String getCallerName() {
        return callerName;
    }

    public void setCallerName(String callerName) {
        this.callerName = callerName;
    }

    public boolean isCallerNameWithheld() {
        return callerNameWithheld;
    }

    public void setCallerNameWithheld(boolean callerNameWithheld) {
        this.callerNameWithheld = callerNameWithheld;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public PartyKind getRequesterKind() {
        return requesterKind;
    }

    public void setRequesterKind(PartyKind requesterKind) {
        this.requesterKind = requesterKind;
    }

    public boolean isOnBehalfOfCustomer() {
        return onBehalfOfCustomer;
    }

    public void setOnBehalfOfCustomer(boolean onBehalfOfCustomer) {
        this.onBehalfOfCustomer = onBehalfOfCustomer;
    }

    public Channel getChannel() {
        return channel;
    }

    public void setChannel(Channel channel) {
        this.channel = channel;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }
}
