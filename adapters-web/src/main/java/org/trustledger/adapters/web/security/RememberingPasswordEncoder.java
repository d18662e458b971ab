package org.trustledger.adapters.web.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Remembers for a few minutes that a password matched its stored hash, so that an API client signing in on every
 * request pays the hash's deliberate cost once per interval, not on every request: measured under load, checking the
 * BCrypt hash took four fifths of the CPU of every request and capped the whole product at a few writes a second.
 *
 * <p>Only successes are remembered, so guessing still pays the full cost for every guess; what is kept is an HMAC of
 * the password and its hash under a random key that never leaves the process, never the password.
 */
final class RememberingPasswordEncoder implements PasswordEncoder {
    static final Duration REMEMBER = Duration.ofMinutes(5);
    private static final int MAX_REMEMBERED = 1_000;

    private final PasswordEncoder delegate;
    private final Clock clock;
    private final SecretKeySpec key;
    private final Map<String, Instant> verified = new ConcurrentHashMap<>();

    RememberingPasswordEncoder(PasswordEncoder delegate, Clock clock) {
        this.delegate = delegate;
        this.clock = clock;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return delegate.encode(rawPassword);
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        if (rawPassword == null || encodedPassword == null) {
            return delegate.matches(rawPassword, encodedPassword);
        }
        String fingerprint = fingerprint(rawPassword, encodedPassword);
        Instant now = clock.instant();
        Instant until = verified.get(fingerprint);
        if (until != null && now.isBefore(until)) {
            return true;
        }
        boolean matches = delegate.matches(rawPassword, encodedPassword);
        if (matches) {
            if (verified.size() >= MAX_REMEMBERED) {
                verified.clear();
            }
            verified.put(fingerprint, now.plus(REMEMBER));
        }
        return matches;
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return delegate.upgradeEncoding(encodedPassword);
    }

    private String fingerprint(CharSequence rawPassword, String encodedPassword) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(rawPassword.toString().getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return Base64.getEncoder().encodeToString(mac.doFinal(encodedPassword.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
