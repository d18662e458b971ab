package org.trustledger.application.fakes;

import java.text.Normalizer;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.trustledger.application.port.in.PageResult;
import org.trustledger.application.port.in.PartySearch;
import org.trustledger.application.port.in.PartyView;
import org.trustledger.application.port.out.PartyViews;
import org.trustledger.domain.party.PartyId;

/** The party read model in a map, for tests of the core without a database. */
public final class InMemoryPartyViews implements PartyViews {
    private final Map<PartyId, PartyView> views = new ConcurrentHashMap<>();

    @Override
    public Optional<PartyView> find(PartyId partyId) {
        return Optional.ofNullable(views.get(partyId));
    }

    @Override
    public void save(PartyView view) {
        views.put(view.partyId(), view);
    }

    @Override
    public PageResult<PartyView> search(PartySearch search) {
        List<PartyView> matching = views.values().stream()
                .filter(v -> search.kind() == null || v.kind() == search.kind())
                .filter(v -> search.status() == null
                        || (v.trust() != null && v.trust().status() == search.status()))
                .filter(v ->
                        search.text() == null || key(v.details().name().value()).contains(key(search.text())))
                .sorted(Comparator.comparing(
                        (PartyView v) -> key(v.details().name().value())))
                .toList();
        int from = Math.min(matching.size(), search.page() * search.size());
        int to = Math.min(matching.size(), from + search.size());
        return new PageResult<>(matching.subList(from, to), search.page(), search.size(), matching.size());
    }

    private static String key(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase().replaceAll("\\s+", "");
    }
}
