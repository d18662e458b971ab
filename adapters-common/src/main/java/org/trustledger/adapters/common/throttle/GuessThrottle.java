package org.trustledger.adapters.common.throttle;

import java.time.Duration;
import java.util.Optional;

/**
 * Slows down whoever guesses a secret (a password, a token) without locking its owner out: failures are counted per
 * pair of what is guessed and the client address, and per client address across everything it guesses. A guesser
 * at one address soon waits minutes between tries, while the owner at another address is not held by their failures;
 * an address guessing at many accounts is slowed by its own count.
 */
public final class GuessThrottle {
    private final FailureThrottle perPair;
    private final FailureThrottle perAddress;

    public GuessThrottle(FailureThrottle perPair, FailureThrottle perAddress) {
        this.perPair = perPair;
        this.perAddress = perAddress;
    }

    /**
     * How long a guess at the secret from the address must still wait, if it must.
     *
     * @param secret what is guessed, named so that different secrets never share a count, e.g. {@code login:kenji}
     * @param address the client address, as resolved through the trusted proxies
     */
    public Optional<Duration> waitFor(String secret, String address) {
        return perPair.waitFor(pair(secret, address)).or(() -> perAddress.waitFor(address));
    }

    public void failed(String secret, String address) {
        perPair.failed(pair(secret, address));
        perAddress.failed(address);
    }

    /** Forgets the pair's failures; the address's count stays, so one good account cannot wash a guesser's slate. */
    public void succeeded(String secret, String address) {
        perPair.succeeded(pair(secret, address));
    }

    private static String pair(String secret, String address) {
        return secret + '\n' + address;
    }
}
