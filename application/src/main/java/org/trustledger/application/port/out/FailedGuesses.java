package org.trustledger.application.port.out;

import java.time.Instant;
import java.util.List;

/**
 * Failed guesses at a secret (a password, a shared token), counted per key (an account and address pair, or an
 * address) where every node counts them, so a guesser gains nothing by spreading guesses over the nodes.
 */
public interface FailedGuesses {

    /** Notes a failure of the key at {@code at}, and forgets the key's failures older than {@code forgetBefore}. */
    void add(String key, Instant at, Instant forgetBefore);

    /** The key's failures after {@code after}, oldest first. */
    List<Instant> after(String key, Instant after);

    /** Forgets every failure of the key. */
    void forget(String key);
}
