package org.trustledger.domain.identity;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What identifies a party for matching — name, phones, address, representative, bank account — any of which
 * may be unknown (null), as when staff type what a caller tells them.
 */
public record PartyIdentity(
        PartyName name, List<PhoneNumber> phones, Address address, PersonName representative, BankAccount bankAccount) {

    public PartyIdentity {
        phones = phones == null ? List.of() : List.copyOf(new LinkedHashSet<>(phones));
    }

    /** The index keys this identity produces; see {@link IdentityKeys}. */
    public Set<String> indexKeys() {
        return IdentityKeys.of(this);
    }
}
