package org.trustledger.adapters.telephony;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.trustledger.adapters.common.ReasonTexts;
import org.trustledger.adapters.common.ValueMappings;

/**
 * The adapter on its own, as another module would see it: the shared texts and values, a fake screening, and, in
 * place of the staff's security that the web adapter brings in the product, a plain signed-in-user chain.
 */
@SpringBootApplication
@Import({ReasonTexts.class, ValueMappings.class})
class TelephonyTestApplication {
    static final String STAFF = "hanako";
    static final String PASSWORD = "pw";
    static final Instant NOW = Instant.parse("2026-11-30T01:00:00Z");

    @Bean
    @Order(1)
    SecurityFilterChain staff(HttpSecurity http) throws Exception {
        return http.authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .httpBasic(basic -> {})
                .csrf(csrf -> csrf.disable())
                .build();
    }

    @Bean
    UserDetailsService users() {
        return new InMemoryUserDetailsManager(User.withUsername(STAFF)
                .password("{noop}" + PASSWORD)
                .roles("STAFF")
                .build());
    }

    @Bean
    FakeScreening screening() {
        return new FakeScreening();
    }

    @Bean
    Clock clock() {
        return Clock.fixed(NOW, ZoneOffset.UTC);
    }
}
