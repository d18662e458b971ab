package org.trustledger.domain.party;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.trustledger.domain.InvalidValueException;
import org.trustledger.domain.identity.Address;
import org.trustledger.domain.identity.BankAccount;
import org.trustledger.domain.identity.PartyIdentity;
import org.trustledger.domain.identity.PartyName;
import org.trustledger.domain.identity.PersonName;
import org.trustledger.domain.identity.PhoneNumber;

/** What is known of a party: its name and, when known, phones, address, representative and bank account. */
public record PartyDetails(
        PartyName name, List<PhoneNumber> phones, Address address, PersonName representative, BankAccount bankAccount) {
    public static final int MAX_PHONES = 10;

    /** Details as stored: today's rules are {@link #of}'s, so that tightening them never breaks history. */
    public PartyDetails {
        InvalidValueException.requireValue("name", name);
        phones = phones == null ? List.of() : List.copyOf(phones);
    }

    /**
     * Details as a command brings them, held to today's rules: each value to its own factory's, a name required, and at
     * most {@link #MAX_PHONES} numbers, each once.
     */
    public static PartyDetails of(
            PartyName name, List<PhoneNumber> phones, Address address, PersonName representative, BankAccount bank) {
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
                        : BankAccount.of(bank.bank(), bank.branch(), bank.type(), bank.number(), bank.holder()));
    }

    /** These details held to today's rules, as {@link #of} would make them. */
    public PartyDetails checked() {
        return of(name, phones, address, representative, bankAccount);
    }

    /** What of these details identifies the party when matching it against others. */
    public PartyIdentity identity() {
        return new PartyIdentity(name, phones, address, representative, bankAccount);
    }
}
