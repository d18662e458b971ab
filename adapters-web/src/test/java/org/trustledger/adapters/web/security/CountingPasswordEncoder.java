package org.trustledger.adapters.web.security;

import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The real delegating encoder, counting how often a password is checked: each check is a bcrypt round. */
public final class CountingPasswordEncoder implements PasswordEncoder {
    private final PasswordEncoder real = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    private final AtomicInteger checks = new AtomicInteger();

    @Override
    public String encode(CharSequence rawPassword) {
        return real.encode(rawPassword);
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        checks.incrementAndGet();
        return real.matches(rawPassword, encodedPassword);
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return real.upgradeEncoding(encodedPassword);
    }

    public int checks() {
        return checks.get();
    }

    public void reset() {
        checks.set(0);
    }
}
