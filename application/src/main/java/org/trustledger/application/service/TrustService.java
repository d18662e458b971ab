package org.trustledger.application.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.trustledger.application.port.in.RefreshTrustUseCase;
import org.trustledger.application.port.in.TrustQuery;
import org.trustledger.application.port.out.PartyFolds;
import org.trustledger.application.port.out.PartyFolds.FoldedParty;
import org.trustledger.application.port.out.PartyHistories;
import org.trustledger.application.port.out.PartyIdentityIndex;
import org.trustledger.application.port.out.TrustViews;
import org.trustledger.domain.UnknownPartyException;
import org.trustledger.domain.party.PartyId;
import org.trustledger.domain.party.PartyState;
import org.trustledger.domain.screening.Screening;
import org.trustledger.domain.trust.TrustAssessment;
import org.trustledger.domain.trust.TrustFold;
import org.trustledger.domain.trust.TrustPolicy;

/** Assesses parties with the trust policy from the core's fold of each party, and keeps the stored trust views current. */
public final class TrustService implements TrustQuery, RefreshTrustUseCase {
    private static final int BATCH = 500;

    private final PartyCandidates candidates;
    private final TrustViews views;

    /** Folds each party from its whole history: for stores that keep no fold of each party. */
    public TrustService(
            PartyIdentityIndex index,
            PartyHistories histories,
            TrustPolicy policy,
            Screening screening,
            TrustViews views) {
        this(index, histories, PartyFolds.fromHistories(histories, policy.settings()), policy, screening, views);
    }

    public TrustService(
            PartyIdentityIndex index,
            PartyHistories histories,
            PartyFolds folds,
            TrustPolicy policy,
            Screening screening,
            TrustViews views) {
        this.candidates = new PartyCandidates(index, histories, folds, policy, screening.settings());
        this.views = views;
    }

    @Override
    public TrustAssessment assess(PartyId partyId, Instant asOf) {
        return candidates.assess(partyId, asOf).orElseThrow(() -> new UnknownPartyException(partyId.value()));
    }

    @Override
    public int refreshAll(Instant asOf) {
        int count = 0;
        for (int offset = 0; ; offset += BATCH) {
            List<PartyId> batch = views.partyIds(offset, BATCH);
            for (PartyId partyId : batch) {
                if (save(partyId, asOf)) {
                    count++;
                }
            }
            if (batch.size() < BATCH) {
                return count;
            }
        }
    }

    @Override
    public void refresh(PartyId partyId, Instant at, boolean neighboursToo) {
        List<PartyId> parties = new ArrayList<>();
        parties.add(partyId);
        if (neighboursToo) {
            parties.addAll(candidates.neighbours(partyId));
        }
        views.lock(parties);
        for (PartyId party : parties) {
            save(candidates.assessFromLatest(party, at), party);
        }
    }

    @Override
    public void refresh(PartyState state, TrustFold trust, Instant at, boolean neighboursToo) {
        PartyId partyId = state.partyId();
        FoldedParty written = new FoldedParty(state, trust);
        List<PartyId> parties = new ArrayList<>();
        parties.add(partyId);
        if (neighboursToo) {
            parties.addAll(candidates.neighbours(state));
        }
        views.lock(parties);
        save(Optional.of(candidates.assessFromLatest(written, at)), partyId);
        for (PartyId party : parties.subList(1, parties.size())) {
            save(candidates.assessFromLatest(party, at), party);
        }
    }

    /**
     * Another writer may have stored an entry stamped a moment after this event (a neighbour's, or the party's own when
     * this command was retried after losing a race, which keeps the stamp it was sent with); an assessment as of this
     * event alone would leave it out and store a stale status, so each is assessed from its latest entry.
     */
    private void save(Optional<PartyCandidates.AssessedAt> assessed, PartyId party) {
        assessed.ifPresent(a -> views.save(party, a.trust(), a.at()));
    }

    private boolean save(PartyId partyId, Instant at) {
        var assessment = candidates.assess(partyId, at);
        assessment.ifPresent(a -> views.save(partyId, a, at));
        return assessment.isPresent();
    }
}
