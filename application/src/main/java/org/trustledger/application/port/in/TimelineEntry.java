package org.trustledger.application.port.in;

import org.trustledger.domain.trust.TrustStatus;

/**
 * One entry of a replayed timeline with the status it left the party in.
 *
 * @param statusAfter the status at the entry's instant, counting it and the entries before it only
 * @param counted whether the entry is at or before the point replayed to
 * @param retractedBy the sequence of the retraction that withdrew it by the point, or null
 */
public record TimelineEntry(HistoryEntry entry, TrustStatus statusAfter, boolean counted, Long retractedBy) {}
