package org.trustledger.application.service;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.trustledger.application.port.in.HistoryEntry;
import org.trustledger.application.port.in.PartyHistoryQuery;
import org.trustledger.application.port.in.PartyView;
import org.trustledger.application.port.in.PeopleQuery;
import org.trustledger.application.port.out.PartyViews;
import org.trustledger.application.port.out.PeopleIndex;
import org.trustledger.application.port.out.PeopleIndex.Filed;
import org.trustledger.application.port.out.PersonKeys;
import org.trustledger.domain.DomainException;
import org.trustledger.domain.InvalidValueException;
import org.trustledger.domain.identity.Erasure;
import org.trustledger.domain.identity.PersonNameKey;
import org.trustledger.domain.identity.PhoneNumber;
import org.trustledger.domain.party.DetailChange;
import org.trustledger.domain.party.PartyDetails;
import org.trustledger.domain.party.PartyEvent.EntryRetracted;
import org.trustledger.domain.party.PartyEvent.PartyAmended;
import org.trustledger.domain.party.PartyEvent.PartyRegistered;
import org.trustledger.domain.party.PartyId;
import org.trustledger.domain.party.PartyKind;
import org.trustledger.domain.party.PartyPeople.Role;
import org.trustledger.domain.party.PersonId;

/**
 * Finds people in the people index, and tells one of them everything the ledger holds of them: the entries naming
 * them, read from the stored histories with who recorded each and when, and the corrections of a private customer's
 * details with both values.
 *
 * <p>A private customer's every entry is about them; anyone else is told only the entries that name them, since the rest
 * of a company's history is the company's.
 */
public final class PeopleService implements PeopleQuery {
    private final PeopleIndex index;
    private final PartyViews views;
    private final PartyHistoryQuery histories;
    private final PersonKeys keys;

    public PeopleService(PeopleIndex index, PartyViews views, PartyHistoryQuery histories, PersonKeys keys) {
        this.index = index;
        this.views = views;
        this.histories = histories;
        this.keys = keys;
    }

    @Override
    public List<PersonFound> find(String q) {
        String text = InvalidValueException.optionalText(q);
        if (text == null) {
            throw new InvalidValueException(
                    "q", "q must be a name or a phone number", "error.people.query", Map.of("min", MIN_NAME_LENGTH));
        }
        Optional<PhoneNumber> phone = phone(text);
        String name = phone.isPresent() ? null : PersonNameKey.of(text).value();
        if (phone.isEmpty() && name.codePointCount(0, name.length()) < MIN_NAME_LENGTH) {
            throw new InvalidValueException(
                    "q",
                    "q must hold at least " + MIN_NAME_LENGTH + " letters of a name, or a phone number",
                    "error.people.queryTooShort",
                    Map.of("min", MIN_NAME_LENGTH));
        }
        List<PersonId> found =
                index.search(name, phone.map(p -> p.base().e164()).orElse(null), MAX_FOUND);
        Map<PersonId, List<Filed>> byPerson = new LinkedHashMap<>();
        found.forEach(person -> byPerson.put(person, new ArrayList<>()));
        index.appearances(found).forEach(filed -> byPerson.get(filed.person()).add(filed));
        Map<PartyId, PartyRef> parties = new HashMap<>();
        return byPerson.entrySet().stream()
                .filter(person -> !person.getValue().isEmpty())
                .map(person -> found(person.getKey(), person.getValue(), parties))
                .toList();
    }

    private PersonFound found(PersonId person, List<Filed> filed, Map<PartyId, PartyRef> parties) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Set<PartyId> on = new LinkedHashSet<>();
        filed.forEach(f -> {
            roles.add(f.role());
            on.add(f.party());
        });
        return new PersonFound(
                person,
                names(filed),
                phones(filed),
                roles,
                on.stream()
                        .map(party -> parties.computeIfAbsent(party, this::party))
                        .toList(),
                filed.size(),
                filed.getLast().recordedAt());
    }

    @Override
    public Optional<Disclosure> disclose(PersonId person) {
        List<Filed> filed = index.appearances(List.of(person));
        PartyId own = person.asParty();
        Optional<PartyView> ownView = views.find(own);
        var key = keys.find(person);
        // A private customer is their party; a party that once was one keeps its key, whatever kind it became.
        boolean privateCustomer =
                ownView.isPresent() && (ownView.get().kind() == PartyKind.CUSTOMER || key.isPresent());
        if (filed.isEmpty() && !privateCustomer) {
            return Optional.empty();
        }
        Map<PartyId, Map<Long, Set<Role>>> named = new LinkedHashMap<>();
        if (privateCustomer) {
            named.put(own, new HashMap<>());
        }
        filed.forEach(f -> named.computeIfAbsent(f.party(), p -> new HashMap<>())
                .computeIfAbsent(f.sequence(), s -> EnumSet.noneOf(Role.class))
                .add(f.role()));

        List<DisclosedEntry> entries = new ArrayList<>();
        List<Correction> corrections = new ArrayList<>();
        named.forEach((party, sequences) -> {
            PartyRef ref = party(party);
            boolean whole = privateCustomer && party.equals(own);
            entries.addAll(read(ref, sequences, whole, whole ? corrections : null));
        });
        entries.sort(Comparator.comparing((DisclosedEntry e) -> e.entry().recordedAt())
                .thenComparing(e -> e.party().partyId().toString())
                .thenComparingLong(e -> e.entry().sequence()));

        List<String> names = new ArrayList<>();
        List<PhoneNumber> phones = new ArrayList<>();
        PartyDetails details = null;
        if (privateCustomer) {
            details = ownView.get().details();
            if (Erasure.known(details.name()) != null) {
                names.add(details.name().value());
            }
            phones.addAll(Erasure.knownPhones(details.phones()).stream()
                    .map(PhoneNumber::base)
                    .toList());
        }
        names(filed).stream().filter(n -> !names.contains(n)).forEach(names::add);
        phones(filed).stream().filter(p -> !phones.contains(p)).forEach(phones::add);
        return Optional.of(new Disclosure(
                person,
                privateCustomer,
                key.map(k -> k.destroyedAt()).orElse(null),
                names,
                phones,
                details,
                entries,
                corrections));
    }

    /**
     * The party's entries naming the person (every one when {@code whole}) with the retractions of them, from one walk
     * along the stored history; and, into {@code corrections} when given, what each amendment changed.
     */
    private List<DisclosedEntry> read(
            PartyRef party, Map<Long, Set<Role>> sequences, boolean whole, List<Correction> corrections) {
        Map<Long, HistoryEntry> kept = new LinkedHashMap<>();
        Map<Long, Long> retractedBy = new HashMap<>();
        List<HistoryEntry> detailEntries = new ArrayList<>();
        try (Stream<HistoryEntry> history = histories.entries(party.partyId())) {
            history.forEach(entry -> {
                boolean naming = whole || sequences.containsKey(entry.sequence());
                if (entry.event() instanceof EntryRetracted retraction && kept.containsKey(retraction.sequence())) {
                    retractedBy.put(retraction.sequence(), entry.sequence());
                    naming = true;
                }
                if (naming) {
                    kept.put(entry.sequence(), entry);
                }
                if (corrections != null
                        && (entry.event() instanceof PartyRegistered || entry.event() instanceof PartyAmended)) {
                    detailEntries.add(entry);
                }
            });
        }
        if (corrections != null) {
            corrections.addAll(corrections(party.partyId(), detailEntries, retractedBy));
        }
        return kept.values().stream()
                .map(entry -> {
                    Set<Role> roles = sequences.get(entry.sequence());
                    if (roles == null) {
                        // Every entry of a private customer's party is about them; a retraction names nobody itself.
                        roles = whole ? EnumSet.of(Role.CUSTOMER) : EnumSet.noneOf(Role.class);
                    }
                    return new DisclosedEntry(party, Set.copyOf(roles), entry, retractedBy.get(entry.sequence()));
                })
                .toList();
    }

    /**
     * Each field an amendment that still counts changed, from the details before it (as the entries still counting left
     * them) to the details it recorded.
     */
    private static List<Correction> corrections(
            PartyId party, List<HistoryEntry> detailEntries, Map<Long, Long> retractedBy) {
        List<Correction> corrections = new ArrayList<>();
        HistoryEntry previous = null;
        for (HistoryEntry entry : detailEntries) {
            if (retractedBy.containsKey(entry.sequence())) {
                continue;
            }
            if (previous != null) {
                PartyDetails before = details(previous);
                for (DetailChange change : DetailChange.between(before, details(entry))) {
                    corrections.add(new Correction(
                            party,
                            change.field(),
                            change.before(),
                            previous.sequence(),
                            previous.recordedAt(),
                            change.after(),
                            entry.sequence(),
                            entry.recordedAt(),
                            entry.recordedBy()));
                }
            }
            previous = entry;
        }
        return corrections;
    }

    private static PartyDetails details(HistoryEntry entry) {
        return switch (entry.event()) {
            case PartyRegistered e -> e.details();
            case PartyAmended e -> e.details();
            default -> throw new IllegalArgumentException("not an entry of details: " + entry.type());
        };
    }

    private PartyRef party(PartyId party) {
        return views.find(party)
                .map(view -> new PartyRef(party, view.details().name().value(), view.kind()))
                .orElse(new PartyRef(party, null, null));
    }

    /** The names written, the most recent first, each once. */
    private static List<String> names(List<Filed> filed) {
        Set<String> names = new LinkedHashSet<>();
        filed.reversed().stream()
                .map(Filed::name)
                .filter(name -> name != null && !Erasure.isErased(name))
                .forEach(names::add);
        return List.copyOf(names);
    }

    private static List<PhoneNumber> phones(List<Filed> filed) {
        Set<PhoneNumber> phones = new LinkedHashSet<>();
        filed.reversed().stream()
                .flatMap(f -> f.phones().stream())
                .filter(e164 -> !Erasure.isErased(e164))
                .map(PhoneNumber::new)
                .forEach(phones::add);
        return List.copyOf(phones);
    }

    /**
     * The number {@code text} is, when it is written as numbers are (digits, dashes, brackets, an extension after them)
     * and reads as one; a name may hold a digit or two and is never taken for a number.
     */
    private static Optional<PhoneNumber> phone(String text) {
        String halfWidth = Normalizer.normalize(text, Normalizer.Form.NFKC);
        String number = halfWidth.replaceFirst("(?i)[\\s(\\[]*(内線|extension|extn|ext|x|#).*$", "");
        if (!number.matches("[0-9\\s()+\\-‐ー−]{6,}")) {
            return Optional.empty();
        }
        try {
            return Optional.of(PhoneNumber.parse(text));
        } catch (DomainException notANumber) {
            return Optional.empty();
        }
    }
}
