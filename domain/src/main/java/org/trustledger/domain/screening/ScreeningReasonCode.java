package org.trustledger.domain.screening;

/**
 * The reasons intake screening can give, declared most decisive first; adapters keep one text per code and language
 * under {@link #messageKey()}, filled in from the reason's args.
 */
public enum ScreeningReasonCode {
    /** The caller's own party is terminated; args {@code party}. */
    TERMINATED_PARTY,
    /**
     * Under another name, the caller shares identifying evidence, or two independent links, with a terminated party: a
     * likely rename; args {@code party}, {@code status}, {@code evidenceKinds} and {@code evidence} (lists of strings).
     */
    LINKED_TO_TERMINATED,
    /**
     * The caller's own party awaits a manager's review as a likely rename of a terminated party; args {@code party}
     * (the caller's), {@code linkedParty} (the terminated parties' names), {@code evidenceKinds} and {@code evidence}.
     */
    PROVISIONAL_CALLER,
    /** A reseller asks on behalf of one of its customers; args {@code party} (empty when not identified). */
    PROXY_FROM_RESELLER,
    /**
     * The caller's party still owes money on a short payment; args {@code party}, and when known {@code invoices} and
     * {@code outstandingYen}.
     */
    UNSETTLED_SHORTFALL,
    /** The caller's party has a bad record; args {@code party}, {@code status}, {@code score}. */
    POOR_RECORD,
    /**
     * The caller shares a single link with a terminated party (or a likely rename with a party under review): not
     * enough to refuse, a question to ask; the text of each {@code messageKey} variant asks it. Args as
     * {@link #LINKED_TO_TERMINATED}.
     */
    POSSIBLE_LINK,
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
    /**
     * The caller matches no known party: no record, neither a clearance nor a warning; the text asks the questions to
     * put to an unknown caller (which company the request is for, whether they are the customer themselves).
     */
    NO_RECORD,
    /** The call came from a withheld or unavailable number: nothing to match by phone, and nothing against the caller. */
    NUMBER_WITHHELD;

    /** The key of this reason's text, such as {@code screening.reason.PROXY_FROM_RESELLER}. */
    public String messageKey() {
        return "screening.reason." + name();
    }
}
