package org.trustledger.application.port.in;

/** A rebuild of the read models was asked for while one already runs; one at a time, across every node. */
public final class RebuildRunningException extends RuntimeException {

    public RebuildRunningException(String message) {
        super(message);
    }
}
