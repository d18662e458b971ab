package org.trustledger.application.port.in;

/** Two entries for the same party were recorded at the same moment and this one lost; sending it again works. */
public final class ConcurrentChangeException extends RuntimeException {

    public ConcurrentChangeException(String message, Throwable cause) {
        super(message, cause);
    }
}
