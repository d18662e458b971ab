package org.trustledger.application.port.out;

import java.util.Optional;
import org.trustledger.application.port.in.PageResult;
import org.trustledger.application.port.in.PartySearch;
import org.trustledger.application.port.in.PartyView;
import org.trustledger.domain.party.PartyId;

/** Stores and reads the party read model. */
public interface PartyViews {

    Optional<PartyView> find(PartyId partyId);

    /** Inserts or replaces the view of one party. */
    void save(PartyView view);

    PageResult<PartyView> search(PartySearch search);
}
