package org.trustledger.architecture.planted.cycles.alpha.x;

import org.trustledger.architecture.planted.cycles.beta.y.BetaTarget;

/** Violation: alpha depends on beta, and beta (elsewhere) on alpha; no two packages form a cycle. */
public class AlphaCallingBeta {
    BetaTarget beta;
}
