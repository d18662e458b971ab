package org.trustledger.domain;

/** A rule of the domain was broken; the message tells a person what to do about it. */
public abstract sealed class DomainException extends RuntimeException
        permits InvalidValueException,
                UnknownPartyException,
                UnknownEntryException,
                HistoryConflictException,
                MissingDetailsException {

    protected DomainException(String message) {
        super(message);
    }
}
