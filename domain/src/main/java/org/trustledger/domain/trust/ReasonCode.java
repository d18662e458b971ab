package org.trustledger.domain.trust;

/**
 * The reasons {@link TrustPolicy} can give; adapters keep one text per code and language under {@link #messageKey()}.
 */
public enum ReasonCode {
    /** The relationship is terminated. */
    TERMINATED,
    /**
     * The party is likely a terminated party under another name and no manager has reviewed the link yet; args
     * {@code party} and {@code partyIds} (the terminated parties' names and ids), {@code evidenceKinds} and
     * {@code evidence}.
     */
    LINKED_TO_TERMINATED,
    /** A terminated relationship was taken up again; the old troubles still count, faded. */
    REINSTATED,
    /** Money is still owed on a short payment; args {@code invoices}, {@code outstandingYen}. */
    UNSETTLED_SHORTFALL,
    /**
     * The score has fallen below the level that puts a party in this tier, but not yet below the level that lets it
     * out; args {@code status}, {@code score}, {@code exitBelow}, {@code since} (ISO date, Tokyo).
     */
    TIER_HELD,
    /** Logged troubles still weighing; args {@code count}, {@code minor}, {@code major}, {@code severe}, {@code weight}. */
    TROUBLES,
    /** Short or late payments still weighing as troubles; args {@code count}, {@code weight}. */
    SHORT_PAYMENTS,
    /** Callers who withheld their full name; args {@code count}, {@code weight}. */
    NAME_WITHHELD,
    /** Good evidence still weighing; args {@code jobs}, {@code settlements}, {@code weight}. */
    GOOD_RECORD,
    /** Accepted jobs too recent to count as good yet; args {@code count}, {@code probationDays}. */
    JOBS_IN_PROBATION,
    /** Something weighs against the party but nothing for it yet. */
    NO_GOOD_RECORD,
    /** Nothing weighs for or against the party. */
    NO_EVIDENCE;

    /** The key of this reason's text in {@code messages_*.properties}, such as {@code trust.reason.TROUBLES}. */
    public String messageKey() {
        return "trust.reason." + name();
    }
}
