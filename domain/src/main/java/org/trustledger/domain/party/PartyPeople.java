package org.trustledger.domain.party;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import org.trustledger.domain.identity.Erasure;
import org.trustledger.domain.identity.PartyName;
import org.trustledger.domain.identity.PersonName;
import org.trustledger.domain.identity.PersonNameKey;
import org.trustledger.domain.identity.PhoneNumber;
import org.trustledger.domain.party.PartyEvent.CallerIdentified;
import org.trustledger.domain.party.PartyEvent.PartyAmended;
import org.trustledger.domain.party.PartyEvent.PartyRegistered;

/**
 * The people an entry of a party names — the private customer the party is, a caller, a representative — and what
 * tells each apart from everyone else, so that a person can be found and told everything the shop holds of them.
 *
 * <p>Two appearances are one person only where nothing else is likely: a private customer is their party; a caller is
 * one person on every party when their folded name and their number agree; a representative, known by a name alone,
 * is one person per party, since one common name does not tell two people apart and telling one person another's data
 * is worse than listing a person twice. A caller of a private customer who gives the customer's own name is the
 * customer.
 */
public final class PartyPeople {
    // A separator no folded name or number holds, so that no two different identities run into one text.
    private static final String SEP = "\u0000";

    private PartyPeople() {}

    /** In what capacity a person appears in an entry. */
    public enum Role {
        /** The private customer the party is. */
        CUSTOMER,
        /** Someone who called for the party. */
        CALLER,
        /** The representative named in the party's details. */
        REPRESENTATIVE
    }

    /**
     * One person named by an entry.
     *
     * @param name the name as written, null when not given
     * @param key the name folded as screening folds it (width, kana, spaces, titles); empty when no name was given
     * @param phones the base numbers given with the appearance, without extensions
     * @param identity what tells the person apart, in plaintext, for the index to turn into an id that reveals nothing;
     *     null for a private customer, whose id is their party's
     */
    public record Appearance(Role role, String name, PersonNameKey key, List<PhoneNumber> phones, String identity) {
        public Appearance {
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(key, "key");
            phones = List.copyOf(phones);
        }
    }

    /**
     * The people {@code event} names; none for an entry that names no one, and none for values already erased, which
     * identify nobody.
     *
     * @param partyKind the party's kind before the entry (an entry of its details brings its own)
     * @param partyName the party's name before the entry, by which a private customer calling for themselves is known
     */
    public static List<Appearance> named(PartyEvent event, PartyKind partyKind, PartyName partyName) {
        return switch (event) {
            case PartyRegistered e -> details(e.partyId(), e.kind(), e.details());
            case PartyAmended e -> details(e.partyId(), e.kind(), e.details());
            case CallerIdentified e -> caller(e, partyKind, partyName);
            default -> List.of();
        };
    }

    private static List<Appearance> details(PartyId party, PartyKind kind, PartyDetails details) {
        List<Appearance> people = new ArrayList<>();
        if (kind == PartyKind.CUSTOMER) {
            PartyName name = Erasure.known(details.name());
            List<PhoneNumber> phones = bases(Erasure.knownPhones(details.phones()));
            if (name != null || !phones.isEmpty()) {
                people.add(new Appearance(
                        Role.CUSTOMER,
                        name == null ? null : name.value(),
                        name == null ? new PersonNameKey("", "") : PersonNameKey.of(name.value()),
                        phones,
                        null));
            }
        }
        PersonName representative = Erasure.known(details.representative());
        if (representative != null && !representative.key().value().isEmpty()) {
            PersonNameKey key = representative.key();
            people.add(new Appearance(
                    Role.REPRESENTATIVE,
                    representative.value(),
                    key,
                    List.of(),
                    String.join(SEP, Role.REPRESENTATIVE.name(), party.toString(), key.value())));
        }
        return people;
    }

    private static List<Appearance> caller(CallerIdentified e, PartyKind partyKind, PartyName partyName) {
        PersonName name = Erasure.known(e.name());
        PhoneNumber phone =
                e.callBack() == null || Erasure.isErased(e.callBack().e164())
                        ? null
                        : e.callBack().base();
        PersonNameKey key = name == null ? new PersonNameKey("", "") : name.key();
        if (key.value().isEmpty() && phone == null) {
            return List.of();
        }
        List<PhoneNumber> phones = phone == null ? List.of() : List.of(phone);
        String written = name == null ? null : name.value();
        PartyName customer = Erasure.known(partyName);
        if (partyKind == PartyKind.CUSTOMER
                && customer != null
                && !key.value().isEmpty()
                && key.samePerson(PersonNameKey.of(customer.value()))) {
            return List.of(new Appearance(Role.CUSTOMER, written, key, phones, null));
        }
        // A name and a number together say who called on any party; either alone says it for this party only.
        String identity = !key.value().isEmpty() && phone != null
                ? String.join(SEP, Role.CALLER.name(), key.value(), phone.e164())
                : String.join(
                        SEP,
                        Role.CALLER.name(),
                        key.value(),
                        phone == null ? "" : phone.e164(),
                        e.partyId().toString());
        return List.of(new Appearance(Role.CALLER, written, key, phones, identity));
    }

    private static List<PhoneNumber> bases(List<PhoneNumber> phones) {
        return List.copyOf(
                new LinkedHashSet<>(phones.stream().map(PhoneNumber::base).toList()));
    }
}
