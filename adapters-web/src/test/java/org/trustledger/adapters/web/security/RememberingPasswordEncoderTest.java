package org.trustledger.adapters.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** A password checked once is not hashed again for a while; a wrong one always is. */
class RememberingPasswordEncoderTest {
    private final AtomicInteger hashed = new AtomicInteger();
    private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(4);
    private final PasswordEncoder counting = new PasswordEncoder() {
        @Override
        public String encode(CharSequence raw) {
            return bcrypt.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            hashed.incrementAndGet();
            return bcrypt.matches(raw, encoded);
        }
    };
    private Instant now = Instant.parse("2026-03-01T00:00:00Z");
    private final RememberingPasswordEncoder encoder = new RememberingPasswordEncoder(counting, new Clock() {
        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    });
    private final String stored = bcrypt.encode("correct horse");

    @Test
    void theRightPassword_isHashedOncePerInterval() {
        for (int i = 0; i < 5; i++) {
            assertThat(encoder.matches("correct horse", stored)).isTrue();
        }
        assertThat(hashed).hasValue(1);

        now = now.plus(RememberingPasswordEncoder.REMEMBER);
        assertThat(encoder.matches("correct horse", stored)).isTrue();
        assertThat(hashed).hasValue(2);
    }

    @Test
    void aWrongPassword_isHashedEveryTime_andNeverRemembered() {
        assertThat(encoder.matches("correct horse", stored)).isTrue();
        for (int i = 0; i < 3; i++) {
            assertThat(encoder.matches("wrong horse", stored)).isFalse();
        }
        assertThat(hashed).hasValue(4);
    }

    @Test
    void aChangedStoredHash_isCheckedAfresh() {
        assertThat(encoder.matches("correct horse", stored)).isTrue();
        String changed = bcrypt.encode("another password");

        assertThat(encoder.matches("correct horse", changed)).isFalse();
        assertThat(hashed).hasValue(2);
    }
}
