package org.trustledger.domain.identity;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The normalised keys under which an index files a party, such as {@code phone:+81312345678},
 * {@code addr:新宿区西新宿|1-2-3}, {@code bank:…}, {@code rep:山田太郎} and {@code name:ネクストライン}, so that
 * candidates for a match are looked up rather than scanned for; {@link IdentityMatcher} then grades them.
 */
public final class IdentityKeys {
    private IdentityKeys() {}

    public static Set<String> of(PartyIdentity identity) {
        Set<String> keys = new LinkedHashSet<>(of(
                identity.name(),
                identity.phones(),
                identity.address(),
                identity.representative(),
                identity.bankAccount()));
        identity.emails().forEach(email -> keys.add(email.indexKey()));
        // A free-mail domain would file the party beside every other gmail user: it is not a key.
        identity.domainKeys().forEach(domain -> keys.add("domain:" + domain));
        return Collections.unmodifiableSet(keys);
    }

    /** Keys for whatever is known; null attributes and attributes that normalise to nothing give no key. */
    public static Set<String> of(
            PartyName name,
            Collection<PhoneNumber> phones,
            Address address,
            PersonName representative,
            BankAccount bankAccount) {
        Set<String> keys = new LinkedHashSet<>();
        if (phones != null) {
            phones.forEach(phone -> keys.add(phone.indexKey()));
        }
        if (address != null) {
            // Prefecture and building are left out on purpose: one side often omits them, and the
            // matcher, not the index, decides how much the rest is worth.
            AddressKey key = address.key();
            keys.add(key.indexKey());
            // People leave out the city and ward as often as the prefecture.
            keys.add(key.townIndexKey());
        }
        if (bankAccount != null) {
            keys.add(bankAccount.key().indexKey());
        }
        if (representative != null) {
            keys.add(representative.key().indexKey());
        }
        if (name != null) {
            keys.add(name.key().indexKey());
        }
        keys.remove("");
        return Collections.unmodifiableSet(keys);
    }
}
