package org.trustledger.domain.party;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
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

    /** Details as stored: today's rules are {@link #of}'s, so that tightening them never breaks history. */
    public PartyDetails {
        InvalidValueException.requireValue("name", name);
        phones = phones == null ? List.of() : List.copyOf(phones);
        // Read as none when absent, as in every event stored before they were kept.
        emails = emails == null ? List.of() : List.copyOf(emails);
        websites = websites == null ? List.of() : List.copyOf(websites);
    }

    /**
     * Details as a command brings them, held to today's rules: each value to its own factory's, a name required, and at
     * most {@link #MAX_PHONES} numbers and {@link #MAX_EMAILS} e-mail addresses and web domains, each once.
     */
    public static PartyDetails of(
            PartyName name,
            List<PhoneNumber> phones,
            Address address,
            PersonName representative,
            BankAccount bank,
            List<EmailAddress> emails,
            List<WebDomain> websites) {
        PartyName checkedName =
                PartyName.of(InvalidValueException.requireValue("name", name).value());
        // The same number written twice is one number.
        List<PhoneNumber> distinct = phones == null
                ? List.of()
                : List.copyOf(new LinkedHashSet<>(phones.stream()
                        .map(phone -> PhoneNumber.ofE164(
                                InvalidValueException.requireValue("phones", phone)
                                        .e164(),
                                phone.extension()))
                        .toList()));
        if (distinct.size() > MAX_PHONES) {
            throw new InvalidValueException(
                    "phones",
                    "at most " + MAX_PHONES + " phone numbers per party",
                    "error.tooMany",
                    Map.of("max", MAX_PHONES));
        }
        return new PartyDetails(
                checkedName,
                distinct,
                address == null ? null : Address.of(address.value()),
                representative == null ? null : PersonName.of(representative.value()),
                bank == null
                        ? null
                        : BankAccount.of(bank.bank(), bank.branch(), bank.type(), bank.number(), bank.holder()),
                emails == null ? List.of() : distinctChecked(emails, "emails", e -> EmailAddress.of(e.value())),
                websites == null ? List.of() : distinctChecked(websites, "websites", w -> WebDomain.of(w.value())));
    }

    /** Details with no e-mail address or web domain, held to today's rules as {@link #of} holds them. */
    public static PartyDetails of(
            PartyName name, List<PhoneNumber> phones, Address address, PersonName representative, BankAccount bank) {
        return of(name, phones, address, representative, bank, List.of(), List.of());
    }

    /** These details held to today's rules, as {@link #of} would make them. */
    public PartyDetails checked() {
        return of(name, phones, address, representative, bankAccount, emails, websites);
    }

    private static <T> List<T> distinctChecked(List<T> values, String field, UnaryOperator<T> check) {
        List<T> distinct = List.copyOf(new LinkedHashSet<>(values.stream()
                .map(value -> check.apply(InvalidValueException.requireValue(field, value)))
                .toList()));
        if (distinct.size() > MAX_EMAILS) {
            throw new InvalidValueException(
                    field,
                    "at most " + MAX_EMAILS + " " + field + " per party",
                    "error.tooMany",
                    Map.of("max", MAX_EMAILS));
        }
        return distinct;
    }

    /** What of these details identifies the party when matching it against others. */
    public PartyIdentity identity() {
        return new PartyIdentity(name, phones, address, representative, bankAccount, emails, websites);
    }
}
