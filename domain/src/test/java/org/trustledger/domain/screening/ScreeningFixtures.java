package org.trustledger.domain.screening;

import java.util.List;
import org.trustledger.domain.identity.Address;
import org.trustledger.domain.identity.BankAccount;
import org.trustledger.domain.identity.EmailAddress;
import org.trustledger.domain.identity.PartyIdentity;
import org.trustledger.domain.identity.PartyName;
import org.trustledger.domain.identity.PersonName;
import org.trustledger.domain.identity.PhoneNumber;
import org.trustledger.domain.identity.WebDomain;
import org.trustledger.domain.party.Channel;
import org.trustledger.domain.party.PartyDetails;
import org.trustledger.domain.party.PartyFixtures;
import org.trustledger.domain.party.PartyId;
import org.trustledger.domain.party.PartyKind;
import org.trustledger.domain.trust.Reason;
import org.trustledger.domain.trust.TrustAssessment;
import org.trustledger.domain.trust.TrustStatus;

/** Known parties and calls for screening tests, built on {@link PartyFixtures}' reseller ACME and customer Tanaka. */
final class ScreeningFixtures {
    static final PartyId ACME = PartyFixtures.acme();
    static final PartyId TANAKA = PartyFixtures.tanaka();

    /** ACME's own line, floor, account and representative, as {@link PartyFixtures#acmeDetails()} registers them. */
    static final String ACME_PHONE = "03-1234-5678";

    static final String ACME_ADDRESS = "東京都千代田区神田一丁目2番3号 アクメビル5階";
    static final BankAccount ACME_BANK =
            new BankAccount("みずほ銀行", "神田支店", BankAccount.AccountType.ORDINARY, "1234567", null);
    static final String ACME_REPRESENTATIVE = "山田太郎";
    static final String TANAKA_PHONE = "090-1234-5678";

    private ScreeningFixtures() {}

    static PartyIdentity identityOf(PartyDetails details) {
        return new PartyIdentity(
                details.name(), details.phones(), details.address(), details.representative(), details.bankAccount());
    }

    static Candidate acme(TrustStatus status) {
        return known(ACME, PartyKind.RESELLER, identityOf(PartyFixtures.acmeDetails()), status);
    }

    static Candidate tanaka(TrustStatus status) {
        return known(TANAKA, PartyKind.CUSTOMER, identityOf(PartyFixtures.tanakaDetails()), status);
    }

    static Candidate known(PartyId id, PartyKind kind, PartyIdentity identity, TrustStatus status) {
        return new Candidate(id, kind, identity, assessment(status), false, false);
    }

    static Candidate known(int n, PartyKind kind, TrustStatus status, String name, String phone, String address) {
        return known(PartyFixtures.party(n), kind, identity(name, phone, address), status);
    }

    static PartyIdentity identity(String name, String phone, String address) {
        return new PartyIdentity(
                new PartyName(name),
                phone == null ? List.of() : List.of(PhoneNumber.parse(phone)),
                Address.ofNullable(address),
                null,
                null);
    }

    static TrustAssessment assessment(TrustStatus status, Reason... reasons) {
        return new TrustAssessment(status, 0.0, List.of(reasons));
    }

    static Candidate returning(Candidate candidate) {
        return new Candidate(
                candidate.partyId(),
                candidate.kind(),
                candidate.identity(),
                candidate.trust(),
                candidate.unsettledShortfall(),
                true);
    }

    static Call call() {
        return new Call();
    }

    /** What staff type during a call, one field at a time; {@link #request()} checks it like the product does. */
    static final class Call {
        private PartyName companyName;
        private PersonName callerName;
        private boolean callerNameWithheld;
        private PhoneNumber phone;
        private Address address;
        private BankAccount bankAccount;
        private PersonName representative;
        private PartyKind requesterKind;
        private boolean onBehalfOfCustomer;
        private Channel channel = Channel.PHONE;
        private boolean phoneWithheld;
        private EmailAddress email;
        private WebDomain website;

        Call email(String text) {
            email = EmailAddress.of(text);
            return this;
        }

        Call website(String text) {
            website = WebDomain.of(text);
            return this;
        }

        Call company(String name) {
            companyName = new PartyName(name);
            return this;
        }

        Call caller(String name) {
            callerName = new PersonName(name);
            return this;
        }

        Call nameWithheld() {
            callerNameWithheld = true;
            return this;
        }

        Call phone(String number) {
            phone = PhoneNumber.parse(number);
            return this;
        }

        Call address(String text) {
            address = new Address(text);
            return this;
        }

        Call bankAccount(BankAccount account) {
            bankAccount = account;
            return this;
        }

        Call representative(String name) {
            representative = new PersonName(name);
            return this;
        }

        Call kind(PartyKind kind) {
            requesterKind = kind;
            return this;
        }

        Call onBehalfOfCustomer() {
            onBehalfOfCustomer = true;
            return this;
        }

        Call numberWithheld() {
            phoneWithheld = true;
            return this;
        }

        Call via(Channel via) {
            channel = via;
            return this;
        }

        ScreeningRequest request() {
            return new ScreeningRequest(
                    companyName,
                    callerName,
                    callerNameWithheld,
                    phone,
                    address,
                    bankAccount,
                    representative,
                    requesterKind,
                    onBehalfOfCustomer,
                    channel,
                    phoneWithheld,
                    email,
                    website);
        }
    }
}
