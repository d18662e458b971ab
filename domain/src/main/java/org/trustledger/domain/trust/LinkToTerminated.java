package org.trustledger.domain.trust;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the policy makes of a link to a terminated party that no manager has reviewed yet: the one place that reads it,
 * so that richer link information changes this class alone.
 */
record LinkToTerminated(boolean unreviewed) {

    /** A likely rename waits for a manager, but the party's own proven record is the stronger verdict. */
    TrustStatus overrule(TrustStatus status) {
        return unreviewed && status != TrustStatus.UNRELIABLE ? TrustStatus.PROVISIONAL : status;
    }

    /** The link lives in matching, not in this party's history, so there is no event of ours to point at. */
    Optional<Reason> reason() {
        return unreviewed
                ? Optional.of(Reason.of(ReasonCode.LINKED_TO_TERMINATED, Map.of(), List.of()))
                : Optional.empty();
    }
}
