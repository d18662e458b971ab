package org.trustledger.application.port.in;

import java.time.Instant;
import org.trustledger.domain.party.PartyId;
import org.trustledger.domain.party.PartyState;
import org.trustledger.domain.trust.TrustFold;

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

    /**
     * As {@link #refresh(PartyId, Instant, boolean)}, with the party's state and trust fold after its latest event
     * already at hand, as the command that wrote the event left them, so that they are not read back.
     *
     * @param state the party's state after its latest event
     * @param trust the party's trust fold after the same events, usable and folded with the policy's settings; only read
     */
    void refresh(PartyState state, TrustFold trust, Instant at, boolean neighboursToo);
}
