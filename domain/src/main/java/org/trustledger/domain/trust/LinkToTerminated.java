package org.trustledger.domain.trust;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the policy makes of the links to terminated parties that no manager has reviewed yet: the one place that reads
 * them.
 */
record LinkToTerminated(List<TerminatedLink> unreviewed) {
    LinkToTerminated {
        unreviewed = List.copyOf(unreviewed);
    }

    /** A likely rename waits for a manager, but the party's own proven record is the stronger verdict. */
    TrustStatus overrule(TrustStatus status) {
        return !unreviewed.isEmpty() && status != TrustStatus.UNRELIABLE ? TrustStatus.PROVISIONAL : status;
    }

    /**
     * Names the terminated parties and the evidence; the link lives in matching, not in this party's history, so there
     * is no event of ours to point at.
     */
    Optional<Reason> reason() {
        if (unreviewed.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> args = new LinkedHashMap<>();
        args.put("party", unreviewed.stream().map(TerminatedLink::name).toList());
        args.put(
                "partyIds",
                unreviewed.stream().map(l -> l.partyId().value().toString()).toList());
        args.put(
                "evidenceKinds",
                unreviewed.stream()
                        .flatMap(l -> l.evidence().stream())
                        .map(e -> e.kind().name())
                        .distinct()
                        .toList());
        args.put(
                "evidence",
                unreviewed.stream()
                        .flatMap(l -> l.evidence().stream())
                        .map(e -> e.detail().asArgument())
                        .distinct()
                        .toList());
        return Optional.of(Reason.of(ReasonCode.LINKED_TO_TERMINATED, args, List.of()));
    }
}
