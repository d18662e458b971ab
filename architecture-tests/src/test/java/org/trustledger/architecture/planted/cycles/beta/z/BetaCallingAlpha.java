package org.trustledger.architecture.planted.cycles.beta.z;

import org.trustledger.architecture.planted.cycles.alpha.w.AlphaTarget;

/** Violation: closes the cycle between the parts alpha and beta. */
public class BetaCallingAlpha {
    AlphaTarget alpha;
}
