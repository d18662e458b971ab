package org.trustledger.domain.screening;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.trustledger.domain.identity.IdentityEvidence;
import org.trustledger.domain.identity.IdentityEvidence.Grade;
import org.trustledger.domain.identity.IdentityMatcher;
import org.trustledger.domain.identity.PartyIdentity;
import org.trustledger.domain.identity.PersonName;
import org.trustledger.domain.identity.PhoneNumber;

/**
 * Compares one side with a known party attribute by attribute, because how much a shared value says depends on how
 * many known parties share it: evidence on a key more than {@code crowdedThreshold} parties share counts half and is
 * weak, since a call centre, a virtual office or a common name ties many unrelated businesses together.
 */
final class EvidenceGrader {
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
        List<IdentityEvidence> evidence = new ArrayList<>();
        for (Probe probe : probes(mine)) {
            for (IdentityEvidence found : matcher.compare(probe.attribute(), known)) {
                evidence.add(weighed(found, probe.indexKey(), keyCounts));
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
            probes.add(new Probe(
                    new PartyIdentity(null, List.of(), mine.address(), null, null),
                    mine.address().key().indexKey()));
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
        return probes;
    }

    /** One attribute of one side and the key it is indexed under. */
    private record Probe(PartyIdentity attribute, String indexKey) {}
}
