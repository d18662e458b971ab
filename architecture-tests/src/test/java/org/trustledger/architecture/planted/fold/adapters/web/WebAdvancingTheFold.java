package org.trustledger.architecture.planted.fold.adapters.web;

import org.trustledger.architecture.planted.fold.domain.trust.TrustFold;

/** Planted: an adapter that folds an event into the core's fold itself. */
public class WebAdvancingTheFold {
    boolean record(TrustFold fold, Object event) {
        return fold.add(event);
    }
}
