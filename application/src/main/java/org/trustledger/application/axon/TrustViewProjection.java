package org.trustledger.application.axon;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.trustledger.application.port.in.RefreshTrustUseCase;
import org.trustledger.domain.party.PartyEvent;

/**
 * Re-assesses a party as of each event it records, and the parties that share its identity, so that lists can filter
 * by status; the periodic refresh keeps stored statuses current as evidence fades between events.
 */
@ProcessingGroup(TrustViewProjection.PROCESSING_GROUP)
public class TrustViewProjection {
    public static final String PROCESSING_GROUP = "trust-views";

    private final RefreshTrustUseCase refresh;

    public TrustViewProjection(RefreshTrustUseCase refresh) {
        this.refresh = refresh;
    }

    /** The event store has written the event before its subscribers hear of it, so the history includes it. */
    @EventHandler
    void on(PartyEvent event) {
        refresh.refresh(event.partyId(), event.recordedAt());
    }
}
