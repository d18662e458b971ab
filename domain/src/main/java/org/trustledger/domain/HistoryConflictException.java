package org.trustledger.domain;

import java.util.Map;

/** The party's history forbids what was asked, such as terminating a relationship twice. */
public final class HistoryConflictException extends DomainException {

    public HistoryConflictException(String message, String messageKey, Map<String, Object> args) {
        super(message, messageKey, args);
    }
}
