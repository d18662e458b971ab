package org.trustledger.architecture.planted.fold.adapters.web;

import org.trustledger.architecture.planted.fold.domain.trust.TrustPolicySettings;

/** Allowed: an adapter that shows the trust policy's settings. */
public class WebReadingTheSettings {
    double threshold(TrustPolicySettings settings) {
        return settings.watchEnter();
    }
}
