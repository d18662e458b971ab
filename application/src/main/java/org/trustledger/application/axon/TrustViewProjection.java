package org.trustledger.application.axon;

import java.util.ArrayList;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.trustledger.application.port.out.PartyHistories;
import org.trustledger.application.port.out.TrustViews;
import org.trustledger.domain.party.PartyEvent;
import org.trustledger.domain.trust.SequencedEvent;
import org.trustledger.domain.trust.TrustPolicy;

/**
 * Re-assesses a party as of each event it records, so that lists can filter by status; the periodic refresh keeps
 * the stored status current as evidence fades between events.
 */
@ProcessingGroup(TrustViewProjection.PROCESSING_GROUP)
public class TrustViewProjection {
    public static final String PROCESSING_GROUP = "trust-views";

    private final TrustPolicy policy;
    private final PartyHistories histories;
    private final TrustViews views;

    public TrustViewProjection(TrustPolicy policy, PartyHistories histories, TrustViews views) {
        this.policy = policy;
        this.histories = histories;
        this.views = views;
    }

    @EventHandler
    void on(PartyEvent event, @SequenceNumber long aggregateSequence) {
        long sequence = aggregateSequence + 1;
        // The history is read up to this event: on replay, later events already stored must not count yet.
        List<SequencedEvent> history = new ArrayList<>(histories.of(event.partyId()).stream()
                .filter(e -> e.sequence() <= sequence)
                .toList());
        if (history.isEmpty() || history.getLast().sequence() < sequence) {
            // Not every event store has written the event before its subscribers hear of it.
            history.add(new SequencedEvent(sequence, event));
        }
        views.save(event.partyId(), policy.assess(history, event.recordedAt()), event.recordedAt());
    }
}
