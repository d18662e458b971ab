package org.trustledger.architecture.planted.fold.adapters.persistence;

import org.trustledger.architecture.planted.fold.application.port.out.PartyFolds;

/** Planted: an adapter that reads the core's folds through the core's own port. */
public class StoreReadingPartyFolds {
    Object read(PartyFolds folds) {
        return folds.current("p");
    }
}
