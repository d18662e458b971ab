package org.trustledger.domain.party;

/**
 * Why a relationship ended or was taken up again, as a fact the edges put into the reader's words; what the manager
 * wrote stays in the event's reason.
 */
public enum RelationshipCause {
    /** A manager decided it for this party. */
    MANAGER_DECISION,
    /** A manager confirmed this party as the terminated other party under another name, so its refusal applies here. */
    CONFIRMED_RENAME,
    /** It followed the other party, confirmed as the same business, whose relationship ended or was taken up again. */
    SAME_BUSINESS
}
