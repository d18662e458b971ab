package org.trustledger.domain.trust;

/** How far the shop trusts a party, as derived by {@link TrustPolicy}. */
public enum TrustStatus {
    /** Nothing weighs for or against the party yet; this is not a clean bill of health. */
    NEW,
    /** A good record outweighs whatever went wrong. */
    GOOD,
    /** Enough went wrong, or money is still owed, that staff should be careful. */
    WATCH,
    /** What went wrong weighs so much that the shop should not rely on the party. */
    UNRELIABLE,
    /** The shop ended the relationship and has not taken the party back. */
    TERMINATED,
    /** The party is linked to a terminated one, likely a rename, and waits for a manager's review. */
    PROVISIONAL
}
