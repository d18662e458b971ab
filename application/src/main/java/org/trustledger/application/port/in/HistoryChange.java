package org.trustledger.application.port.in;

import java.util.List;
import org.trustledger.domain.trust.TrustStatus;

/**
 * One entry of a party's history with the status it left the party in and only what changed in the reasons since the
 * entry before, so that a long history is told in a size that grows with the history rather than with its square.
 *
 * @param statusAfter the status at the entry's instant, counting it and the entries before it only
 * @param scoreAfter the score behind that status
 * @param reasonChanges the reasons that appeared, changed or went away with this entry; empty when none did
 * @param retractedBy the sequence of the retraction that withdrew this entry by the instant asked about, or null
 */
public record HistoryChange(
        HistoryEntry entry,
        TrustStatus statusAfter,
        double scoreAfter,
        List<ReasonChange> reasonChanges,
        Long retractedBy) {
    public HistoryChange {
        reasonChanges = List.copyOf(reasonChanges);
    }
}
