package org.trustledger.domain.party;

/** How a request reached the shop. */
public enum Channel {
    PHONE,
    WEB_FORM,
    EMAIL,
    FAX,
    WALK_IN
}
