package org.trustledger.domain.screening;

/** How soon the shop should serve a request: regular customers and people who found the shop's own site come first. */
public enum Priority {
    NORMAL,
    HIGH
}
