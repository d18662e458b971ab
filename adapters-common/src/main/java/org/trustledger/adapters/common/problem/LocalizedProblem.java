package org.trustledger.adapters.common.problem;

import org.springframework.http.HttpStatus;

/**
 * A refusal worded by a message key of both bundles, so that its detail is in the reader's language like its title;
 * the arguments are what the reader gave (a user name, a token id), never internals.
 */
public final class LocalizedProblem extends RuntimeException {
    private final HttpStatus status;
    private final String type;
    private final String messageKey;
    private final transient Object[] args;

    public LocalizedProblem(HttpStatus status, String type, String messageKey, Object... args) {
        super(messageKey);
        this.status = status;
        this.type = type;
        this.messageKey = messageKey;
        this.args = args.clone();
    }

    public HttpStatus status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }
}
