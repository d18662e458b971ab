package org.trustledger.domain.party;

/** The shop's answer to a request. */
public enum Answer {
    ACCEPTED,
    REFUSED
}
