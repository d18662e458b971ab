package org.trustledger.application.service;

import java.time.Instant;
import java.util.List;
import org.trustledger.application.port.in.RefreshTrustUseCase;
import org.trustledger.application.port.in.TrustQuery;
import org.trustledger.application.port.out.PartyHistories;
import org.trustledger.application.port.out.TrustViews;
import org.trustledger.domain.UnknownPartyException;
import org.trustledger.domain.party.PartyId;
import org.trustledger.domain.trust.SequencedEvent;
import org.trustledger.domain.trust.TrustAssessment;
import org.trustledger.domain.trust.TrustPolicy;

/** Assesses parties with the trust policy, from their stored history. */
public final class TrustService implements TrustQuery, RefreshTrustUseCase {
    private static final int BATCH = 500;

    private final TrustPolicy policy;
    private final PartyHistories histories;
    private final TrustViews views;

    public TrustService(TrustPolicy policy, PartyHistories histories, TrustViews views) {
        this.policy = policy;
        this.histories = histories;
        this.views = views;
    }

    @Override
    public TrustAssessment assess(PartyId partyId, Instant asOf) {
        List<SequencedEvent> history = histories.of(partyId);
        if (history.isEmpty() || history.get(0).event().recordedAt().isAfter(asOf)) {
            throw new UnknownPartyException(partyId.value());
        }
        return policy.assess(history, asOf);
    }

    @Override
    public int refreshAll(Instant asOf) {
        int count = 0;
        for (int offset = 0; ; offset += BATCH) {
            List<PartyId> batch = views.partyIds(offset, BATCH);
            for (PartyId partyId : batch) {
                List<SequencedEvent> history = histories.of(partyId);
                if (!history.isEmpty()) {
                    views.save(partyId, policy.assess(history, asOf), asOf);
                    count++;
                }
            }
            if (batch.size() < BATCH) {
                return count;
            }
        }
    }
}
