package org.trustledger.domain.party;

/** What kind of requesting party this is; resellers are telephone-solicitation agencies. */
public enum PartyKind {
    CUSTOMER,
    RESELLER,
    CARRIER,
    OTHER
}
