package org.trustledger.domain.screening;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.trustledger.domain.identity.AddressKey;
import org.trustledger.domain.identity.EmailAddress;
import org.trustledger.domain.identity.IdentityEvidence;
import org.trustledger.domain.identity.IdentityEvidence.Grade;
import org.trustledger.domain.identity.IdentityHistory;
import org.trustledger.domain.identity.IdentityMatcher;
import org.trustledger.domain.identity.PartyIdentity;
import org.trustledger.domain.identity.PersonName;
import org.trustledger.domain.identity.PhoneNumber;
import org.trustledger.domain.identity.WebDomain;
import org.trustledger.domain.party.PartyDecider;

/**
 * Compares one side with a known party attribute by attribute, because how much a shared value says depends on how
 * many known parties share it: evidence on a key more than {@code crowdedThreshold} parties share counts half and is
 * weak, since a call centre, a virtual office or a common name ties many unrelated businesses together.
 */
final class EvidenceGrader {
    private static final String TOWN_DETAIL = "identity.detail.ADDRESS.TOWN.";

    /** Evidence on a crowded key counts for this much of its weight. */
    private static final double CROWDED_FACTOR = 0.5;

    private final IdentityMatcher matcher;
    private final int crowdedThreshold;

    EvidenceGrader(ScreeningSettings settings) {
        this.matcher = new IdentityMatcher(settings.matchWeights());
        this.crowdedThreshold = settings.crowdedThreshold();
    }

    /** Everything the two sides share, strongest first, with crowded keys weighed down. */
    List<IdentityEvidence> compare(
            PartyIdentity mine,
            Collection<PersonName> myCallers,
            PartyIdentity known,
            Collection<PersonName> knownCallers,
            KeyCounts keyCounts) {
        return compare(mine, myCallers, known, knownCallers, keyCounts, List.of());
    }

    /**
     * Everything the two sides share, strongest first, with crowded keys weighed down; {@code townCities} are the known
     * cities or wards that have the town of my address when I named none and there are two or more of them, so that a
     * match on the town alone says which it could be rather than guessing, and links at most.
     */
    List<IdentityEvidence> compare(
            PartyIdentity mine,
            Collection<PersonName> myCallers,
            PartyIdentity known,
            Collection<PersonName> knownCallers,
            KeyCounts keyCounts,
            List<String> townCities) {
        return compare(mine, myCallers, known, knownCallers, IdentityHistory.EMPTY, keyCounts, townCities);
    }

    /**
     * Everything the two sides share, today's details and the known party's former ones and callers' numbers alike:
     * a former detail is graded as a current one and labelled with the month it stopped being current.
     */
    List<IdentityEvidence> compare(
            PartyIdentity mine,
            Collection<PersonName> myCallers,
            PartyIdentity known,
            Collection<PersonName> knownCallers,
            IdentityHistory knownHistory,
            KeyCounts keyCounts,
            List<String> townCities) {
        List<IdentityEvidence> evidence = new ArrayList<>();
        List<Probe> probes = probes(mine);
        for (Probe probe : probes) {
            for (IdentityEvidence found : matcher.compare(probe.attribute(), known)) {
                evidence.add(graded(found, mine, probe, keyCounts, townCities));
            }
        }
        Set<List<Object>> seen = new HashSet<>();
        evidence.forEach(e -> seen.add(sameness(e)));
        for (IdentityHistory.Former former : knownHistory.former()) {
            String until = former.untilMonth(PartyDecider.SHOP_ZONE);
            for (Probe probe : probes) {
                for (IdentityEvidence found : matcher.compare(probe.attribute(), former.identity())) {
                    // Today's evidence says it already, and the latest move away says it best.
                    if (seen.add(sameness(found))) {
                        evidence.add(graded(found, mine, probe, keyCounts, townCities)
                                .former(until));
                    }
                }
            }
        }
        for (IdentityEvidence found : matcher.compareCallerPhones(mine.phones(), knownHistory.callerPhones())) {
            boolean alreadyShared = evidence.stream()
                    .anyMatch(e -> e.kind() == IdentityEvidence.Kind.PHONE
                            && e.detail()
                                    .values()
                                    .contains(found.detail().values().get(0)));
            if (!alreadyShared) {
                PhoneNumber phone = mine.phones().stream()
                        .filter(p -> p.base()
                                .display()
                                .equals(found.detail().values().get(0)))
                        .findFirst()
                        .orElse(null);
                evidence.add(phone == null ? found : weighed(found, phone.indexKey(), keyCounts));
            }
        }
        for (PersonName caller : myCallers) {
            for (IdentityEvidence found : matcher.compareCallers(List.of(caller), knownCallers)) {
                // A caller's name is filed under its written form; a heard one under its reading, as counted.
                int sharing = caller.key().callerIndexKeys().stream()
                        .mapToInt(keyCounts::partiesUnder)
                        .max()
                        .orElse(0);
                evidence.add(sharing > crowdedThreshold ? found.crowded(sharing, CROWDED_FACTOR) : found);
            }
        }
        evidence.sort(Comparator.comparingDouble(IdentityEvidence::weight).reversed());
        return evidence;
    }

    /**
     * How far the evidence goes: one identifying piece, or links of two independent kinds (the same representative and
     * the same building, say), make a likely rename; a single kind of link is a question to ask.
     */
    static Strength strength(List<IdentityEvidence> evidence) {
        if (evidence.stream().anyMatch(e -> e.grade() == Grade.IDENTIFYING)) {
            return Strength.LIKELY;
        }
        long linkKinds = evidence.stream()
                .filter(e -> e.grade() == Grade.LINKING)
                .map(IdentityEvidence::kind)
                .distinct()
                .count();
        return linkKinds >= 2 ? Strength.LIKELY : linkKinds == 1 ? Strength.POSSIBLE : Strength.NONE;
    }

    /** What a body of evidence says about two sides being one business. */
    enum Strength {
        NONE,
        POSSIBLE,
        LIKELY
    }

    private static IdentityEvidence ambiguous(IdentityEvidence found, AddressKey mine, List<String> townCities) {
        String cities = String.join("、", townCities);
        return new IdentityEvidence(
                found.kind(),
                found.grade() == Grade.IDENTIFYING ? Grade.LINKING : found.grade(),
                found.weight(),
                new IdentityEvidence.Detail(
                        "identity.detail.ADDRESS.TOWN_AMBIGUOUS",
                        List.of(found.detail().values().get(1), mine.town(), cities),
                        found.text() + "; but " + mine.town() + " is the name of a town in " + townCities.size()
                                + " known cities or wards (" + cities + "): ask which one"));
    }

    private IdentityEvidence graded(
            IdentityEvidence found, PartyIdentity mine, Probe probe, KeyCounts keyCounts, List<String> townCities) {
        if (townCities.size() > 1 && found.detail().key().startsWith(TOWN_DETAIL)) {
            found = ambiguous(found, mine.address().key(), townCities);
        }
        // A domain found through an e-mail address is counted under the domain, as the index files it.
        String key = found.kind() == IdentityEvidence.Kind.WEB_DOMAIN
                ? "domain:" + found.detail().values().get(0)
                : probe.indexKey();
        return weighed(found, key, keyCounts);
    }

    /** What makes two pieces of evidence say the same thing: what matched and on which values. */
    private static List<Object> sameness(IdentityEvidence evidence) {
        return List.of(
                evidence.kind(), evidence.detail().key(), evidence.detail().values());
    }

    private IdentityEvidence weighed(IdentityEvidence evidence, String indexKey, KeyCounts keyCounts) {
        int sharing = keyCounts.partiesUnder(indexKey);
        return sharing > crowdedThreshold ? evidence.crowded(sharing, CROWDED_FACTOR) : evidence;
    }

    private static List<Probe> probes(PartyIdentity mine) {
        List<Probe> probes = new ArrayList<>();
        for (PhoneNumber phone : mine.phones()) {
            probes.add(new Probe(new PartyIdentity(null, List.of(phone), null, null, null), phone.indexKey()));
        }
        if (mine.address() != null) {
            AddressKey key = mine.address().key();
            // An address written from the town on is filed, and counted, under its town key.
            probes.add(new Probe(
                    new PartyIdentity(null, List.of(), mine.address(), null, null),
                    key.municipality().isEmpty() && key.readable() ? key.townIndexKey() : key.indexKey()));
        }
        if (mine.bankAccount() != null) {
            probes.add(new Probe(
                    new PartyIdentity(null, List.of(), null, null, mine.bankAccount()),
                    mine.bankAccount().key().indexKey()));
        }
        if (mine.representative() != null) {
            probes.add(new Probe(
                    new PartyIdentity(null, List.of(), null, mine.representative(), null),
                    mine.representative().key().indexKey()));
        }
        if (mine.name() != null) {
            probes.add(new Probe(
                    new PartyIdentity(mine.name(), List.of(), null, null, null),
                    mine.name().key().indexKey()));
        }
        for (EmailAddress email : mine.emails()) {
            probes.add(new Probe(
                    new PartyIdentity(null, List.of(), null, null, null, List.of(email), List.of()), email.indexKey()));
        }
        for (WebDomain website : mine.websites()) {
            probes.add(new Probe(
                    new PartyIdentity(null, List.of(), null, null, null, List.of(), List.of(website)),
                    website.indexKey()));
        }
        return probes;
    }

    /** One attribute of one side and the key it is indexed under. */
    private record Probe(PartyIdentity attribute, String indexKey) {}
}
