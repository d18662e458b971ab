package org.trustledger.domain.party;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.trustledger.domain.AsStored;
import org.trustledger.domain.InvalidValueException;
import org.trustledger.domain.identity.Address;
import org.trustledger.domain.identity.BankAccount;
import org.trustledger.domain.identity.EmailAddress;
import org.trustledger.domain.identity.PartyIdentity;
import org.trustledger.domain.identity.PartyName;
import org.trustledger.domain.identity.PersonName;
import org.trustledger.domain.identity.PhoneNumber;
import org.trustledger.domain.identity.WebDomain;

/**
 * What is known of a party: its name and, when known, phones, address, representative, bank account, e-mail addresses
 * and web domains.
 */
public record PartyDetails(
        PartyName name,
        List<PhoneNumber> phones,
        Address address,
        PersonName representative,
        BankAccount bankAccount,
        List<EmailAddress> emails,
        List<WebDomain> websites) {
    public static final int MAX_PHONES = 10;
    /** The most e-mail addresses, and the most web domains, a party's form and API take. */
    public static final int MAX_EMAILS = 10;

    /** Details with no e-mail address or web domain, as every party had before they were kept. */
    public PartyDetails(
            PartyName name,
            List<PhoneNumber> phones,
            Address address,
            PersonName representative,
            BankAccount bankAccount) {
        this(name, phones, address, representative, bankAccount, List.of(), List.of());
    }

    public PartyDetails {
        if (AsStored.rulesApply()) {
            InvalidValueException.requireValue("name", name);
            // The same number written twice is one number.
            phones = phones == null ? List.of() : List.copyOf(new LinkedHashSet<>(phones));
            if (phones.size() > MAX_PHONES) {
                throw new InvalidValueException(
                        "phones",
                        "at most " + MAX_PHONES + " phone numbers per party",
                        "error.tooMany",
                        Map.of("max", MAX_PHONES));
            }
        } else {
            phones = phones == null ? List.of() : List.copyOf(phones);
        }
        // Read as none when absent, as in every event stored before they were kept.
        emails = emails == null ? List.of() : List.copyOf(new LinkedHashSet<>(emails));
        websites = websites == null ? List.of() : List.copyOf(new LinkedHashSet<>(websites));
    }

    /** What of these details identifies the party when matching it against others. */
    public PartyIdentity identity() {
        return new PartyIdentity(name, phones, address, representative, bankAccount, emails, websites);
    }
}
