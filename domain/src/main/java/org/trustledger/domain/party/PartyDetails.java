package org.trustledger.domain.party;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.trustledger.domain.AsStored;
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
    }

    /** What of these details identifies the party when matching it against others. */
    public PartyIdentity identity() {
        return new PartyIdentity(name, phones, address, representative, bankAccount);
    }
}
