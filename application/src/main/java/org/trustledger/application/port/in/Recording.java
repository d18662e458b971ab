package org.trustledger.application.port.in;

import java.util.Objects;

/**
 * Who records an entry and under which correlation id, plus the client's idempotency key when it sent one.
 *
 * @param idempotencyKey null when the client sent none
 * @param requestFingerprint identifies the request's content, so a key reused for a different request is caught
 */
public record Recording(String recordedBy, String correlationId, String idempotencyKey, String requestFingerprint) {
    public Recording {
        Objects.requireNonNull(recordedBy, "recordedBy");
        Objects.requireNonNull(correlationId, "correlationId");
        if (idempotencyKey != null) {
            Objects.requireNonNull(requestFingerprint, "requestFingerprint");
        }
    }

    public static Recording of(String recordedBy, String correlationId) {
        return new Recording(recordedBy, correlationId, null, null);
    }
}
