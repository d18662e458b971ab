package org.trustledger.domain.party;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.trustledger.domain.identity.Address;
import org.trustledger.domain.identity.BankAccount;
import org.trustledger.domain.identity.EmailAddress;
import org.trustledger.domain.identity.IdentityHistory;
import org.trustledger.domain.identity.IdentityHistory.CallerPhone;
import org.trustledger.domain.identity.IdentityHistory.Former;
import org.trustledger.domain.identity.PartyIdentity;
import org.trustledger.domain.identity.PartyName;
import org.trustledger.domain.identity.PersonName;
import org.trustledger.domain.identity.PhoneNumber;
import org.trustledger.domain.identity.WebDomain;
import org.trustledger.domain.party.PartyEvent.CallerIdentified;
import org.trustledger.domain.party.PartyEvent.PartyAmended;
import org.trustledger.domain.party.PartyEvent.PartyRegistered;

/**
 * Reads from a party's entries that still count every detail it ever had and the numbers its callers gave: the ledger
 * never forgets a detail, and neither may screening, since a reseller that moved or changed its number is the same
 * business. A retracted amendment or caller is no part of it.
 */
public final class PartyIdentityHistory {
    private PartyIdentityHistory() {}

    /** The details the party had and has no longer, latest given up first, and its callers' numbers. */
    public static IdentityHistory of(PartyState state) {
        if (!state.registered()) {
            return IdentityHistory.EMPTY;
        }
        // Each former value once, under the last moment it stopped being current.
        Map<Object, Former> former = new LinkedHashMap<>();
        Map<String, CallerPhone> callerPhones = new LinkedHashMap<>();
        PartyDetails previous = null;
        for (long s = 1; s <= state.eventCount(); s++) {
            if (!state.counts(s)) {
                continue;
            }
            PartyEvent entry = state.entries().get(s);
            PartyDetails next = switch (entry) {
                case PartyRegistered e -> e.details();
                case PartyAmended e -> e.details();
                default -> null;
            };
            if (next != null) {
                if (previous != null) {
                    given(previous, next, entry.recordedAt(), former);
                }
                previous = next;
            }
            if (entry instanceof CallerIdentified c && c.callBack() != null) {
                PersonName caller = c.fullNameGiven() ? c.name() : null;
                callerPhones.putIfAbsent(c.callBack().base().e164(), new CallerPhone(c.callBack(), caller));
            }
        }
        PartyDetails current = state.details();
        // A value given up and later taken back is current, not former.
        former.keySet().removeIf(value -> has(current, value));
        List<Former> formers = new ArrayList<>(former.values());
        formers.sort((a, b) -> b.until().compareTo(a.until()));
        return new IdentityHistory(formers, List.copyOf(callerPhones.values()));
    }

    /**
     * Every key the party is to be found under: its current details and callers (with no end) and its former details
     * (with the moment they stopped being current), so that the index can be told exactly what changed.
     *
     * @return each key with the instant it stopped being current, or null while it is current
     */
    public static Map<String, Instant> indexKeys(PartyState state) {
        Map<String, Instant> keys = new LinkedHashMap<>();
        if (!state.registered()) {
            return keys;
        }
        IdentityHistory history = of(state);
        for (Former f : history.former()) {
            for (String key : f.identity().indexKeys()) {
                keys.merge(key, f.until(), (a, b) -> a.isAfter(b) ? a : b);
            }
        }
        Set<String> current = new LinkedHashSet<>(state.details().identity().indexKeys());
        state.callers().forEach(caller -> current.addAll(caller.key().callerIndexKeys()));
        current.addAll(history.callerPhoneKeys());
        current.forEach(key -> keys.put(key, null));
        return keys;
    }

    private static void given(PartyDetails before, PartyDetails after, Instant at, Map<Object, Former> former) {
        for (PhoneNumber phone : before.phones()) {
            if (after.phones().stream().noneMatch(phone::sameLine)) {
                put(
                        former,
                        "phone:" + phone.base().e164(),
                        new PartyIdentity(null, List.of(phone), null, null, null),
                        at);
            }
        }
        changed(
                before.address(),
                after.address(),
                Address::key,
                at,
                former,
                a -> new PartyIdentity(null, List.of(), a, null, null));
        changed(
                before.bankAccount(),
                after.bankAccount(),
                BankAccount::key,
                at,
                former,
                b -> new PartyIdentity(null, List.of(), null, null, b));
        changed(
                before.representative(),
                after.representative(),
                p -> "rep:" + p.key().value(),
                at,
                former,
                p -> new PartyIdentity(null, List.of(), null, p, null));
        changed(
                before.name(),
                after.name(),
                PartyName::key,
                at,
                former,
                n -> new PartyIdentity(n, List.of(), null, null, null));
        for (EmailAddress email : before.emails()) {
            if (after.emails().stream().noneMatch(e -> e.key().equals(email.key()))) {
                put(
                        former,
                        "email:" + email.key(),
                        new PartyIdentity(null, List.of(), null, null, null, List.of(email), List.of()),
                        at);
            }
        }
        for (WebDomain website : before.websites()) {
            if (after.websites().stream().noneMatch(w -> w.key().equals(website.key()))) {
                put(
                        former,
                        "domain:" + website.key(),
                        new PartyIdentity(null, List.of(), null, null, null, List.of(), List.of(website)),
                        at);
            }
        }
    }

    private static <T> void changed(
            T before,
            T after,
            Function<T, Object> key,
            Instant at,
            Map<Object, Former> former,
            Function<T, PartyIdentity> identity) {
        if (before == null) {
            return;
        }
        Object was = key.apply(before);
        if (after == null || !was.equals(key.apply(after))) {
            put(former, was, identity.apply(before), at);
        }
    }

    private static void put(Map<Object, Former> former, Object value, PartyIdentity identity, Instant at) {
        former.remove(value);
        former.put(value, new Former(identity, at));
    }

    private static boolean has(PartyDetails details, Object value) {
        if (details == null) {
            return false;
        }
        if (value instanceof String phone && phone.startsWith("phone:")) {
            return details.phones().stream()
                    .anyMatch(p -> phone.equals("phone:" + p.base().e164()));
        }
        if (value instanceof String email && email.startsWith("email:")) {
            return details.emails().stream().anyMatch(e -> email.equals("email:" + e.key()));
        }
        if (value instanceof String domain && domain.startsWith("domain:")) {
            return details.websites().stream().anyMatch(w -> domain.equals("domain:" + w.key()));
        }
        return (details.address() != null && value.equals(details.address().key()))
                || (details.bankAccount() != null
                        && value.equals(details.bankAccount().key()))
                || (details.name() != null && value.equals(details.name().key()))
                || (details.representative() != null
                        && Objects.equals(
                                value, "rep:" + details.representative().key().value()));
    }
}
