package org.trustledger.application.port.in;

import org.trustledger.domain.trust.TrustAssessment;

/**
 * One entry of a party's history with the trust status it left the party in, so that an auditor reads the story
 * without replaying it by hand.
 *
 * @param after the status and reasons as of the entry's instant, counting this entry and those before it only
 * @param retractedBy the sequence of the retraction that withdrew this entry by the instant asked about, or null
 */
public record AuditedEntry(HistoryEntry entry, TrustAssessment after, Long retractedBy) {}
