package org.trustledger.application.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.trustledger.application.port.in.RefreshTrustUseCase;
import org.trustledger.application.port.in.TrustQuery;
import org.trustledger.application.port.out.PartyHistories;
import org.trustledger.application.port.out.PartyIdentityIndex;
import org.trustledger.application.port.out.TrustViews;
import org.trustledger.domain.UnknownPartyException;
import org.trustledger.domain.party.PartyId;
import org.trustledger.domain.screening.Screening;
import org.trustledger.domain.trust.SequencedEvent;
import org.trustledger.domain.trust.TrustAssessment;
import org.trustledger.domain.trust.TrustPolicy;

/** Assesses parties with the trust policy from their stored history, and keeps the stored trust views current. */
public final class TrustService implements TrustQuery, RefreshTrustUseCase {
    private static final int BATCH = 500;

    private final PartyCandidates candidates;
    private final TrustViews views;
    private final PartyHistories histories;

    public TrustService(
            PartyIdentityIndex index,
            PartyHistories histories,
            TrustPolicy policy,
            Screening screening,
            TrustViews views) {
        this.candidates = new PartyCandidates(index, histories, policy, screening.settings());
        this.views = views;
        this.histories = histories;
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
            // Another writer may have stored an entry stamped a moment after this event (a neighbour's, or the party's
            // own when this command was retried after losing a race); an assessment as of this event alone would leave
            // it out and store a stale status.
            save(party, latest(party, at));
        }
    }

    /**
     * The later of {@code at} and the latest stamp in the party's history: a command retried after losing a race keeps
     * the stamp it was sent with, so the last event by sequence is not always the latest by time.
     */
    private Instant latest(PartyId partyId, Instant at) {
        Instant latest = at;
        for (SequencedEvent event : histories.of(partyId)) {
            if (event.event().recordedAt().isAfter(latest)) {
                latest = event.event().recordedAt();
            }
        }
        return latest;
    }

    private boolean save(PartyId partyId, Instant at) {
        var assessment = candidates.assess(partyId, at);
        assessment.ifPresent(a -> views.save(partyId, a, at));
        return assessment.isPresent();
    }
}
