package org.trustledger.domain;

import java.util.Map;
import java.util.Objects;

/**
 * A rule of the domain was broken; the message tells a person what to do about it, in English, and the message key
 * with its named arguments lets an adapter say the same in the reader's language.
 */
public abstract sealed class DomainException extends RuntimeException
        permits InvalidValueException,
                UnknownPartyException,
                UnknownEntryException,
                HistoryConflictException,
                MissingDetailsException {
    private final String messageKey;
    private final Map<String, Object> args;

    protected DomainException(String message, String messageKey, Map<String, Object> args) {
        super(message);
        this.messageKey = Objects.requireNonNull(messageKey, "messageKey");
        this.args = Map.copyOf(args);
    }

    /** The key of this error's text in the adapters' message bundles, such as {@code error.alreadyTerminated}. */
    public String messageKey() {
        return messageKey;
    }

    /** The values the text names, by placeholder. */
    public Map<String, Object> args() {
        return args;
    }
}
