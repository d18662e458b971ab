package org.trustledger.architecture.planted.fold.application.port.out;

import org.trustledger.architecture.planted.fold.domain.trust.TrustFold;

/** Stands in for the port the core reads its folds through. */
public interface PartyFolds {
    TrustFold current(String partyId);
}
