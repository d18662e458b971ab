package org.trustledger.application.port.in;

/** An idempotency key was reused for a different request, or its first request has not finished yet. */
public final class IdempotencyConflictException extends RuntimeException {
    private final boolean inProgress;

    public IdempotencyConflictException(String message, boolean inProgress) {
        super(message);
        this.inProgress = inProgress;
    }

    public boolean inProgress() {
        return inProgress;
    }
}
