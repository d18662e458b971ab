package org.trustledger.domain.party;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
 * The former details and callers' numbers read by walking a state's entries from the first, as screening read them
 * before they were kept in the fold: the reference the kept history must equal.
 */
final class IdentityHistoryWalk {
    private IdentityHistoryWalk() {}

    static IdentityHistory of(PartyState state) {
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
