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
import org.trustledger.domain.identity.Erasure;
import org.trustledger.domain.identity.IdentityHistory;
import org.trustledger.domain.identity.IdentityHistory.CallerPhone;
import org.trustledger.domain.identity.IdentityHistory.Former;
import org.trustledger.domain.identity.PartyIdentity;
import org.trustledger.domain.identity.PartyName;
import org.trustledger.domain.identity.PersonName;
import org.trustledger.domain.identity.PhoneNumber;
import org.trustledger.domain.identity.WebDomain;
import org.trustledger.domain.party.PartyEvent.CallerIdentified;

/**
 * Keeps every detail a party ever had and the numbers its callers gave, as each event is folded in: the ledger never
 * forgets a detail, and neither may screening, since a reseller that moved or changed its number is the same business.
 * Kept in the fold rather than read from the entries, since a state restored from a snapshot has none before it; a
 * retracted amendment or caller is no part of it, as a retraction folds the entries that still count again.
 */
public final class PartyIdentityHistory {
    private PartyIdentityHistory() {}

    /** The details the party had and has no longer, latest given up first, and its callers' numbers. */
    public static IdentityHistory of(PartyState state) {
        if (!state.registered()) {
            return IdentityHistory.EMPTY;
        }
        if (state.identities() == null) {
            throw new IllegalStateException("party " + state.partyId()
                    + " was restored from a snapshot that does not keep its former details; fold its whole history");
        }
        return state.identities();
    }

    /**
     * The history after the details changed from {@code before} to {@code after} at {@code at}: what was given up is
     * former from then on, and what was taken back is current again. The list stays ordered as its stable sort by end,
     * latest first, of the order the values were last given up, so that no later read has to sort it.
     *
     * @param history the history so far, null where it is not known (and stays so)
     * @param before the details until then, null at the registration
     */
    static IdentityHistory amended(IdentityHistory history, PartyDetails before, PartyDetails after, Instant at) {
        if (history == null) {
            return null;
        }
        Map<Object, Former> given = new LinkedHashMap<>();
        if (before != null) {
            given(before, after, at, given);
        }
        List<Former> kept = new ArrayList<>(history.former().size() + given.size());
        for (Former f : history.former()) {
            Object value = key(f);
            // Given up again (it moves to its new end) or taken back (current again).
            if (!given.containsKey(value) && !has(after, value)) {
                kept.add(f);
            }
        }
        if (given.isEmpty() && kept.size() == history.former().size()) {
            return history;
        }
        int at0 = 0;
        while (at0 < kept.size() && !kept.get(at0).until().isBefore(at)) {
            at0++;
        }
        kept.addAll(at0, given.values());
        return new IdentityHistory(kept, history.callerPhones());
    }

    /** The history after a call: the number the caller gave, once each, in the order first heard. */
    static IdentityHistory called(IdentityHistory history, CallerIdentified call) {
        if (history == null
                || call.callBack() == null
                || Erasure.isErased(call.callBack().e164())) {
            return history;
        }
        String number = call.callBack().base().e164();
        for (CallerPhone known : history.callerPhones()) {
            if (known.phone().base().e164().equals(number)) {
                return history;
            }
        }
        PersonName caller = call.fullNameGiven() ? call.name() : null;
        List<CallerPhone> next = new ArrayList<>(history.callerPhones());
        next.add(new CallerPhone(call.callBack(), caller));
        return new IdentityHistory(history.former(), next);
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

    /**
     * Files as former what {@code before} identified the party by and {@code after} no longer does. An erased value
     * identifies no one, so it is never former: after an erasure, a history with amendments still folds.
     */
    private static void given(PartyDetails before, PartyDetails after, Instant at, Map<Object, Former> former) {
        List<PhoneNumber> phonesAfter = Erasure.knownPhones(after.phones());
        for (PhoneNumber phone : Erasure.knownPhones(before.phones())) {
            if (phonesAfter.stream().noneMatch(phone::sameLine)) {
                put(
                        former,
                        "phone:" + phone.base().e164(),
                        new PartyIdentity(null, List.of(phone), null, null, null),
                        at);
            }
        }
        changed(
                Erasure.known(before.address()),
                Erasure.known(after.address()),
                Address::key,
                at,
                former,
                a -> new PartyIdentity(null, List.of(), a, null, null));
        changed(
                Erasure.known(before.bankAccount()),
                Erasure.known(after.bankAccount()),
                BankAccount::key,
                at,
                former,
                b -> new PartyIdentity(null, List.of(), null, null, b));
        changed(
                Erasure.known(before.representative()),
                Erasure.known(after.representative()),
                p -> "rep:" + p.key().value(),
                at,
                former,
                p -> new PartyIdentity(null, List.of(), null, p, null));
        changed(
                Erasure.known(before.name()),
                Erasure.known(after.name()),
                PartyName::key,
                at,
                former,
                n -> new PartyIdentity(n, List.of(), null, null, null));
        List<EmailAddress> emailsAfter = Erasure.knownEmails(after.emails());
        for (EmailAddress email : Erasure.knownEmails(before.emails())) {
            if (emailsAfter.stream().noneMatch(e -> e.key().equals(email.key()))) {
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

    /** What a former value is told apart by: the same key {@link #given} filed it under. */
    private static Object key(Former former) {
        PartyIdentity identity = former.identity();
        if (!identity.phones().isEmpty()) {
            return "phone:" + identity.phones().getFirst().base().e164();
        }
        if (!identity.emails().isEmpty()) {
            return "email:" + identity.emails().getFirst().key();
        }
        if (!identity.websites().isEmpty()) {
            return "domain:" + identity.websites().getFirst().key();
        }
        if (identity.address() != null) {
            return identity.address().key();
        }
        if (identity.bankAccount() != null) {
            return identity.bankAccount().key();
        }
        if (identity.representative() != null) {
            return "rep:" + identity.representative().key().value();
        }
        return identity.name().key();
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
