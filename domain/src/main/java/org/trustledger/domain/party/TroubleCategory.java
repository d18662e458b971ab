package org.trustledger.domain.party;

/** The kinds of trouble the shop has met, between reseller and customer and between reseller and shop. */
public enum TroubleCategory {
    WRONG_PLAN,
    CONTRACT_MISMATCH,
    DOCUMENTS_MISSING,
    CREDENTIALS_MISHANDLED,
    PROMISE_BROKEN,
    NO_OWNERSHIP,
    UNRESPONSIVE,
    POOR_EQUIPMENT,
    MISLEADING_CLAIM,
    UNWANTED_OPTIONS,
    SCOPE_CREEP,
    COMPLAINTS_REDIRECTED,
    DATA_ERROR,
    LOW_PRODUCT_KNOWLEDGE,
    FORM_REFUSED,
    OTHER
}
