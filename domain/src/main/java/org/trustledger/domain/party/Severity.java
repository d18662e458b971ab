package org.trustledger.domain.party;

/** How bad a logged trouble was. */
public enum Severity {
    MINOR,
    MAJOR,
    SEVERE
}
