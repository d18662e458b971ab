package org.trustledger.application.port.out;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.trustledger.domain.party.PartyId;
import org.trustledger.domain.trust.TrustAssessment;

/** Stores the last trust assessment of each party, so that lists can filter by status without replaying. */
public interface TrustViews {

    void save(PartyId partyId, TrustAssessment assessment, Instant assessedAt);

    /**
     * Holds the stored views of these parties until the current transaction ends, always in the same order, before they
     * are re-assessed: two nodes re-assessing the same parties then wait for each other, read each other's entries, and
     * neither deadlocks nor overwrites a newer assessment with an older one. Stores without concurrent writers need
     * nothing.
     */
    default void lock(Collection<PartyId> parties) {}

    Optional<StoredAssessment> find(PartyId partyId);

    /** A page of party ids in a stable order, for re-assessing every party in batches. */
    List<PartyId> partyIds(int offset, int limit);

    /** An assessment as stored, with the instant it was made for. */
    record StoredAssessment(TrustAssessment assessment, Instant assessedAt) {}
}
