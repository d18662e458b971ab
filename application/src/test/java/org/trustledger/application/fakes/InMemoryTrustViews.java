package org.trustledger.application.fakes;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import org.trustledger.application.port.out.TrustViews;
import org.trustledger.domain.party.PartyId;
import org.trustledger.domain.trust.TrustAssessment;

/** Stored trust assessments in a map, for tests of the core without a database. */
public final class InMemoryTrustViews implements TrustViews {
    private final Map<String, StoredAssessment> stored = new ConcurrentSkipListMap<>();

    @Override
    public void save(PartyId partyId, TrustAssessment assessment, Instant assessedAt) {
        stored.put(partyId.toString(), new StoredAssessment(assessment, assessedAt));
    }

    @Override
    public Optional<StoredAssessment> find(PartyId partyId) {
        return Optional.ofNullable(stored.get(partyId.toString()));
    }

    @Override
    public List<PartyId> partyIds(int offset, int limit) {
        return stored.keySet().stream()
                .skip(offset)
                .limit(limit)
                .map(PartyId::of)
                .toList();
    }
}
