package org.trustledger.domain.screening;

import java.util.List;
import java.util.Optional;
import org.trustledger.domain.InvalidValueException;

/**
 * What screening answers: the verdict, the priority, the reasons most decisive first and the matched known parties
 * best match first.
 */
public record ScreeningResult(Verdict verdict, Priority priority, List<ScreeningReason> reasons, List<Match> matches) {

    public ScreeningResult {
        InvalidValueException.requireValue("verdict", verdict);
        InvalidValueException.requireValue("priority", priority);
        reasons = List.copyOf(reasons);
        matches = List.copyOf(matches);
        // Staff must be able to say why, so an answer without a reason, or stricter than its reasons, is a bug.
        if (reasons.isEmpty()) {
            throw new InvalidValueException("reasons", "a screening result needs at least one reason");
        }
        Verdict called = reasons.stream().map(ScreeningReason::effect).reduce(Verdict.ACCEPT, Verdict::worst);
        if (called != verdict) {
            throw new InvalidValueException(
                    "verdict",
                    "the verdict " + verdict + " does not follow from its reasons, which call for " + called);
        }
    }

    public List<ScreeningReasonCode> reasonCodes() {
        return reasons.stream().map(ScreeningReason::code).toList();
    }

    /** The first reason with this code, if any. */
    public Optional<ScreeningReason> reason(ScreeningReasonCode code) {
        return reasons.stream().filter(r -> r.code() == code).findFirst();
    }

    /** The match screening took to be the caller's own party, if any. */
    public Optional<Match> requester() {
        return matches.stream().filter(Match::requester).findFirst();
    }
}
