package org.trustledger.domain;

/** The party's history forbids what was asked, such as terminating a relationship twice. */
public final class HistoryConflictException extends DomainException {

    public HistoryConflictException(String message) {
        super(message);
    }
}
