package org.trustledger.application.fakes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.trustledger.application.port.in.PageResult;
import org.trustledger.application.port.in.PartySearch;
import org.trustledger.application.port.in.PartyView;
import org.trustledger.application.port.out.PartyIdentityIndex;
import org.trustledger.domain.party.PartyId;

/** The identity index worked out from the in-memory read model on each lookup, for tests without a database. */
public final class InMemoryPartyIdentityIndex implements PartyIdentityIndex {
    private final InMemoryPartyViews views;

    public InMemoryPartyIdentityIndex(InMemoryPartyViews views) {
        this.views = views;
    }

    @Override
    public List<KeyMatch> lookup(Set<String> keys, int limitPerKey) {
        PageResult<PartyView> all = views.search(new PartySearch(null, null, 0, PartySearch.MAX_SIZE));
        List<KeyMatch> matches = new ArrayList<>();
        for (String key : keys) {
            List<PartyId> parties = all.items().stream()
                    .filter(v -> v.details().identity().indexKeys().contains(key))
                    .map(PartyView::partyId)
                    .sorted(Comparator.comparing(PartyId::toString))
                    .toList();
            if (!parties.isEmpty()) {
                matches.add(
                        new KeyMatch(key, parties.stream().limit(limitPerKey).toList(), parties.size()));
            }
        }
        return matches;
    }
}
