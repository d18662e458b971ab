package org.trustledger.adapters.telephony;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.trustledger.adapters.common.ReasonTexts;
import org.trustledger.adapters.common.ValueMappings;
import org.trustledger.adapters.common.throttle.FailureThrottle;
import org.trustledger.adapters.common.throttle.GuessThrottle;

/**
 * The adapter on its own, as another module would see it: the shared texts and values, a fake screening, and, in
 * place of the staff's accounts that the web adapter brings in the product, one member of staff.
 */
@SpringBootApplication
@Import({ReasonTexts.class, ValueMappings.class})
class TelephonyTestApplication {
    static final String STAFF = "hanako";
    static final String PASSWORD = "pw";
    static final Instant NOW = Instant.parse("2026-11-30T01:00:00Z");

    /** What the web adapter's security brings in the product: the staff's sign-in, here with one member of staff. */
    @Bean
    AuthenticationManager signIn(UserDetailsService users, PasswordEncoder encoder) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(encoder);
        return new ProviderManager(passwords);
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserDetailsService users(PasswordEncoder encoder) {
        return new InMemoryUserDetailsManager(User.withUsername(STAFF)
                .password(encoder.encode(PASSWORD))
                .roles("STAFF")
                .build());
    }

    @Bean
    FakeScreening screening() {
        return new FakeScreening();
    }

    /** What the web adapter brings in the product: the one throttle of guessed secrets. */
    @Bean
    GuessThrottle guessThrottle(Clock clock) {
        return new GuessThrottle(new FailureThrottle(clock, 100, 5), new FailureThrottle(clock, 1_000, 50));
    }

    @Bean
    Clock clock() {
        return Clock.fixed(NOW, ZoneOffset.UTC);
    }
}
