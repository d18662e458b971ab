package org.trustledger.application.fakes;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.trustledger.application.port.out.IdempotencyRecords;
import org.trustledger.domain.party.PartyId;

/** Idempotency keys in a map, for tests of the core without a database. */
public final class InMemoryIdempotencyRecords implements IdempotencyRecords {
    private final Map<String, Claim> claims = new ConcurrentHashMap<>();

    @Override
    public Optional<Claim> claim(String scope, String key, String fingerprint, Instant at) {
        return Optional.ofNullable(claims.putIfAbsent(scope + "\n" + key, new Claim(fingerprint, Optional.empty())));
    }

    @Override
    public void complete(String scope, String key, PartyId partyId, long sequence, String seal) {
        claims.computeIfPresent(
                scope + "\n" + key,
                (k, claim) -> new Claim(claim.fingerprint(), Optional.of(new Outcome(partyId, sequence, seal))));
    }

    @Override
    public void release(String scope, String key) {
        claims.remove(scope + "\n" + key);
    }

    public int size() {
        return claims.size();
    }
}
