package org.trustledger.application.axon;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.trustledger.application.port.out.PartyFolds.FoldedParty;
import org.trustledger.domain.party.PartyId;

/**
 * The folds of the parties a unit of work has written, as their aggregates left them after its events: its projections
 * assess from them instead of reading back from the store what the command has just loaded and folded. Kept with the
 * unit of work, so that no other transaction sees a fold of events not yet committed, and gone with it.
 */
final class WrittenFolds {
    private static final String KEY = WrittenFolds.class.getName();

    private WrittenFolds() {}

    static void keep(UnitOfWork<?> unitOfWork, FoldedParty party) {
        unitOfWork
                .root()
                .<Map<PartyId, FoldedParty>>getOrComputeResource(KEY, key -> new HashMap<>())
                .put(party.state().partyId(), party);
    }

    /** The party's fold as its command left it; none for an event handled outside any unit of work. */
    static Optional<FoldedParty> of(UnitOfWork<?> unitOfWork, PartyId partyId) {
        if (unitOfWork == null) {
            return Optional.empty();
        }
        Map<PartyId, FoldedParty> written = unitOfWork.root().getResource(KEY);
        return written == null ? Optional.empty() : Optional.ofNullable(written.get(partyId));
    }
}
