package org.trustledger.application.port.in;

import java.time.Instant;
import org.trustledger.domain.party.PartyId;

/**
 * Re-assesses stored trust statuses, since evidence fades with time even when nothing new happens, and a party's
 * termination can make the parties that share its identity provisional.
 */
public interface RefreshTrustUseCase {

    /** Re-assesses every party as of {@code asOf}; returns how many were re-assessed. */
    int refreshAll(Instant asOf);

    /**
     * Re-assesses one party as of {@code at} and, when its identity or relationship changed, the parties that could
     * be linked with it.
     */
    void refresh(PartyId partyId, Instant at, boolean neighboursToo);
}
