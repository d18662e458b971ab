package org.trustledger.domain.trust;

import java.util.List;
import java.util.Optional;
import org.trustledger.domain.InvalidValueException;

/**
 * A party's trust status at a moment, the score behind it (higher is worse) and the reasons, most decisive first.
 */
public record TrustAssessment(TrustStatus status, double score, List<Reason> reasons) {
    public TrustAssessment {
        InvalidValueException.requireValue("status", status);
        reasons = List.copyOf(reasons);
    }

    public List<String> reasonCodes() {
        return reasons.stream().map(Reason::code).toList();
    }

    public Optional<Reason> reason(ReasonCode code) {
        return reasons.stream().filter(r -> r.code().equals(code.name())).findFirst();
    }
}
