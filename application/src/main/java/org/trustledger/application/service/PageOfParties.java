package org.trustledger.application.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.trustledger.application.port.out.PartyFolds;
import org.trustledger.application.port.out.PartyIdentityIndex;
import org.trustledger.domain.party.PartyId;
import org.trustledger.domain.screening.LinkRule;

/**
 * What assessing a page of parties reads, read once for the page: each party's fold (the page's own and the neighbours
 * they share a key with), and the identity index asked for each key the page's parties are looked up by once, rather
 * than once for every party that has it. Answers exactly what the folds and the index answer: a lookup of keys the page did not
 * ask for, or of more parties a key than it asked for, goes to the index.
 */
final class PageOfParties implements PartyFolds, PartyIdentityIndex {
    /**
     * Keys asked in one lookup: about as many as one party's own. A database checks each row it finds against every key
     * asked for (H2 walks the list), and a key thousands of parties share is counted row by row, so one lookup of a
     * page's thousands of keys costs what the lookups of each party did; lookups this size read each key once a page.
     */
    static final int KEYS_A_LOOKUP = 16;

    private final PartyFolds folds;
    private final PartyIdentityIndex index;
    private final Map<PartyId, Optional<FoldedParty>> folded = new HashMap<>();
    private final Set<String> expected = new LinkedHashSet<>();
    /** Each key's match, in the order the index answered them. */
    private Map<String, KeyMatch> found;

    private Map<String, Integer> order;
    private int foundLimit;

    PageOfParties(PartyFolds folds, PartyIdentityIndex index) {
        this.folds = folds;
        this.index = index;
    }

    /** Folds the page's parties and notes the keys their assessment will look up. */
    void read(List<PartyId> page) {
        for (PartyId party : page) {
            current(party).ifPresent(fold -> expected.addAll(LinkRule.lookupKeys(fold.state())));
        }
    }

    @Override
    public Optional<FoldedParty> current(PartyId partyId) {
        Optional<FoldedParty> known = folded.get(partyId);
        if (known == null) {
            known = folds.current(partyId);
            folded.put(partyId, known);
        }
        return known;
    }

    @Override
    public List<KeyMatch> lookup(Set<String> keys, int limitPerKey) {
        if (keys.isEmpty() || !expected.containsAll(keys)) {
            return index.lookup(keys, limitPerKey);
        }
        if (found == null || limitPerKey > foundLimit) {
            found = new HashMap<>();
            order = new HashMap<>();
            foundLimit = limitPerKey;
            List<String> all = List.copyOf(expected);
            for (int from = 0; from < all.size(); from += KEYS_A_LOOKUP) {
                Set<String> some = new LinkedHashSet<>(all.subList(from, Math.min(all.size(), from + KEYS_A_LOOKUP)));
                for (KeyMatch match : index.lookup(some, limitPerKey)) {
                    found.put(match.key(), match);
                    order.put(match.key(), order.size());
                }
            }
        }
        List<KeyMatch> matches = new ArrayList<>();
        for (String key : keys) {
            KeyMatch match = found.get(key);
            if (match != null) {
                matches.add(
                        match.parties().size() <= limitPerKey
                                ? match
                                : new KeyMatch(key, match.parties().subList(0, limitPerKey), match.sharedBy()));
            }
        }
        matches.sort(Comparator.comparing(match -> order.get(match.key())));
        return matches;
    }
}
