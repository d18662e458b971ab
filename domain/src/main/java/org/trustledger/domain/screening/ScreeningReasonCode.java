package org.trustledger.domain.screening;

/**
 * The reasons intake screening can give, declared most decisive first; adapters keep one text per code and language
 * under {@link #messageKey()}, filled in from the reason's args.
 */
public enum ScreeningReasonCode {
    /** The caller's own party is terminated; args {@code party}. */
    TERMINATED_PARTY,
    /**
     * The caller shares strong evidence with a terminated party, or with one already linked to a terminated party
     * (PROVISIONAL), or is such a provisional party itself; args {@code party}, {@code status}, {@code requester}
     * (true when the linked party is the caller's own), {@code evidenceKinds} and {@code evidence} (lists of strings).
     */
    LINKED_TO_TERMINATED,
    /** A reseller asks on behalf of one of its customers; args {@code party} (empty when not identified). */
    PROXY_FROM_RESELLER,
    /**
     * The caller's party still owes money on a short payment; args {@code party}, and when known {@code invoices} and
     * {@code outstandingYen}.
     */
    UNSETTLED_SHORTFALL,
    /** The caller's party has a bad record; args {@code party}, {@code status}, {@code score}. */
    POOR_RECORD,
    /** The caller will not give their full name; args {@code callerName} (what they did give, possibly empty). */
    NAME_WITHHELD,
    /**
     * A customer asks for themselves, whom the shop serves whoever signed them up; args {@code party} (empty when not
     * identified).
     */
    DIRECT_CUSTOMER,
    /** A customer the shop has already served; args {@code party}. */
    RETURNING_CUSTOMER,
    /** A customer who came through the shop's own web form. */
    WEB_FORM,
    /**
     * Known parties matched and none gives cause for concern; args {@code party} and {@code status} (empty when the
     * caller was not identified) and {@code matches}.
     */
    NO_CONCERN,
    /** The caller matches no known party. */
    NO_MATCH;

    /** The key of this reason's text, such as {@code screening.reason.PROXY_FROM_RESELLER}. */
    public String messageKey() {
        return "screening.reason." + name();
    }
}
