package org.trustledger.application.service;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.trustledger.application.port.in.ReasonChange;
import org.trustledger.domain.trust.Reason;

/**
 * What changed between the reasons of two statuses: a reason that rests on years of evidence is told once, then only
 * the events it gains or loses, so a long history's answer grows with the history and not with its square.
 */
final class ReasonDiff {
    private ReasonDiff() {}

    static List<ReasonChange> between(List<Reason> before, List<Reason> after) {
        Map<String, Reason> earlier = keyed(before);
        List<ReasonChange> changes = new ArrayList<>();
        for (Map.Entry<String, Reason> now : keyed(after).entrySet()) {
            Reason was = earlier.remove(now.getKey());
            Reason is = now.getValue();
            if (was == null) {
                changes.add(new ReasonChange(ReasonChange.Kind.ADDED, is, is.eventSequences(), List.of()));
            } else if (!was.equals(is)) {
                changes.add(new ReasonChange(
                        ReasonChange.Kind.CHANGED,
                        is,
                        missingFrom(is.eventSequences(), was.eventSequences()),
                        missingFrom(was.eventSequences(), is.eventSequences())));
            }
        }
        for (Reason gone : earlier.values()) {
            changes.add(new ReasonChange(ReasonChange.Kind.DROPPED, gone, List.of(), gone.eventSequences()));
        }
        return changes;
    }

    /** Reasons keyed by code, and by how often the code came before for a code given more than once. */
    private static Map<String, Reason> keyed(List<Reason> reasons) {
        Map<String, Reason> keyed = new LinkedHashMap<>();
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (Reason reason : reasons) {
            int n = seen.merge(reason.code(), 1, Integer::sum);
            keyed.put(reason.code() + "#" + n, reason);
        }
        return keyed;
    }

    /** The sequences of {@code from} that {@code other} lacks, in the order of {@code from}. */
    private static List<Long> missingFrom(List<Long> from, List<Long> other) {
        if (from.equals(other)) {
            return List.of();
        }
        Set<Long> others = new HashSet<>(other);
        List<Long> missing = new ArrayList<>();
        for (Long sequence : from) {
            if (!others.contains(sequence)) {
                missing.add(sequence);
            }
        }
        return missing;
    }
}
