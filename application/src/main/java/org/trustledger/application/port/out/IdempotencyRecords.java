package org.trustledger.application.port.out;

import java.time.Instant;
import java.util.Optional;
import org.trustledger.domain.party.PartyId;

/** Remembers which idempotency keys have been used, and what their first request recorded. */
public interface IdempotencyRecords {

    /**
     * Claims a key for a request; returns the earlier claim instead when the key is already taken.
     *
     * @param scope separates keys of different users, so two clients can never collide
     */
    Optional<Claim> claim(String scope, String key, String fingerprint, Instant at);

    /**
     * Stores the outcome of a claimed key.
     *
     * @param seal the receipt the first answer carried, or null
     */
    void complete(String scope, String key, PartyId partyId, long sequence, String seal);

    /** Gives a claimed key back after its request failed, so that a retry can go through. */
    void release(String scope, String key);

    /** An earlier claim: the outcome is empty while its request is still running. */
    record Claim(String fingerprint, Optional<Outcome> outcome) {}

    /** What the first request with a key recorded, and its receipt (null for a key stored before receipts). */
    record Outcome(PartyId partyId, long sequence, String seal) {}
}
