package org.trustledger.application.port.out;

import java.util.List;
import java.util.Optional;
import org.trustledger.domain.party.PartyDecider;
import org.trustledger.domain.party.PartyId;
import org.trustledger.domain.party.PartyState;
import org.trustledger.domain.trust.SequencedEvent;
import org.trustledger.domain.trust.TrustFold;
import org.trustledger.domain.trust.TrustPolicySettings;

/**
 * The core's one fold of each party: its state and its trust after its latest event, had without reading its whole
 * history wherever the store keeps the fold; empty for an unknown party.
 */
public interface PartyFolds {

    Optional<FoldedParty> current(PartyId partyId);

    /**
     * A party's state and trust fold after the same events.
     *
     * @param state the decider's state; it may leave out the entries, which only a retraction needs
     * @param trust the trust fold, usable and folded with the policy's settings
     */
    record FoldedParty(PartyState state, TrustFold trust) {}

    /** Folds each party from its whole history every time: for stores that keep no fold, and for tests. */
    static PartyFolds fromHistories(PartyHistories histories, TrustPolicySettings settings) {
        return partyId -> {
            List<SequencedEvent> history = histories.of(partyId);
            if (history.isEmpty()) {
                return Optional.empty();
            }
            PartyState state = PartyDecider.replay(
                    history.stream().map(SequencedEvent::event).toList());
            return Optional.of(new FoldedParty(state, TrustFold.of(history, settings)));
        };
    }
}
