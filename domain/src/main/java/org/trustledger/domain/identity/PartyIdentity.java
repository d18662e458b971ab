package org.trustledger.domain.identity;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What identifies a party for matching — name, phones, address, representative, bank account, e-mail addresses and web
 * domains — any of which may be unknown (null or empty), as when staff type what a caller tells them.
 */
public record PartyIdentity(
        PartyName name,
        List<PhoneNumber> phones,
        Address address,
        PersonName representative,
        BankAccount bankAccount,
        List<EmailAddress> emails,
        List<WebDomain> websites) {

    public PartyIdentity {
        // An erased value identifies no one: two erased people must never look alike, nor be filed under one key.
        name = Erasure.known(name);
        address = Erasure.known(address);
        representative = Erasure.known(representative);
        bankAccount = Erasure.known(bankAccount);
        phones = phones == null ? List.of() : List.copyOf(new LinkedHashSet<>(Erasure.knownPhones(phones)));
        emails = emails == null ? List.of() : List.copyOf(new LinkedHashSet<>(Erasure.knownEmails(emails)));
        websites = websites == null ? List.of() : List.copyOf(new LinkedHashSet<>(websites));
    }

    /** An identity with no e-mail address or web domain. */
    public PartyIdentity(
            PartyName name,
            List<PhoneNumber> phones,
            Address address,
            PersonName representative,
            BankAccount bankAccount) {
        this(name, phones, address, representative, bankAccount, List.of(), List.of());
    }

    /**
     * The web domains that say who the party is: its websites and the domains of its e-mail addresses, leaving out
     * free-mail domains (gmail.com, docomo.ne.jp …), where anyone can have an address.
     */
    public Set<String> domainKeys() {
        Set<String> keys = new LinkedHashSet<>();
        websites.stream().filter(w -> !w.freeMail()).forEach(w -> keys.add(w.key()));
        emails.stream().map(EmailAddress::domain).filter(d -> !d.freeMail()).forEach(d -> keys.add(d.key()));
        return keys;
    }

    /** The index keys this identity produces; see {@link IdentityKeys}. */
    public Set<String> indexKeys() {
        return IdentityKeys.of(this);
    }
}
