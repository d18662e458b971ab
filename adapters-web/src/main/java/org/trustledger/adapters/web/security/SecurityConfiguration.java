package org.trustledger.adapters.web.security;

import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Every endpoint needs a signed-in user: the API signs in with HTTP Basic on every request, the dashboard with a
 * form and a session, with CSRF tokens on every form and a strict Content-Security-Policy. One administrator account
 * for now.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AdminAccountProperties.class)
public class SecurityConfiguration {
    private static final Logger LOG = LoggerFactory.getLogger(SecurityConfiguration.class);

    /** No inline script or style anywhere, so an injected one never runs. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http) throws Exception {
        return http.securityMatcher("/api/**", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(problemEntryPoint()))
                .exceptionHandling(ex -> ex.authenticationEntryPoint(problemEntryPoint()))
                // A stateless API signed in on every request: no session, so no CSRF token to steal.
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain dashboardSecurity(HttpSecurity http) throws Exception {
        return http.authorizeHttpRequests(
                        auth -> auth.requestMatchers("/login", "/error", "/css/**", "/js/**", "/favicon.svg")
                                .permitAll()
                                .anyRequest()
                                .authenticated())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY)))
                .build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new RememberingPasswordEncoder(
                PasswordEncoderFactories.createDelegatingPasswordEncoder(), java.time.Clock.systemUTC());
    }

    @Bean
    UserDetailsService users(AdminAccountProperties admin, PasswordEncoder encoder) {
        String password = admin.password();
        if (password == null || password.isBlank()) {
            byte[] random = new byte[18];
            new SecureRandom().nextBytes(random);
            password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            LOG.warn(
                    "No TRUSTLEDGER_ADMIN_PASSWORD is set; generated password for '{}': {} (set the variable to choose"
                            + " your own)",
                    admin.username(),
                    password);
        }
        return new InMemoryUserDetailsManager(User.withUsername(admin.username())
                .password(encoder.encode(password))
                .roles("ADMIN")
                .build());
    }

    /** A 401 as a problem document, with the Basic challenge so browsers and curl know what to do. */
    private static AuthenticationEntryPoint problemEntryPoint() {
        return (request, response, e) -> {
            response.setStatus(HttpStatus.UNAUTHORIZED.value());
            response.setHeader("WWW-Authenticate", "Basic realm=\"Trust Ledger\", charset=\"UTF-8\"");
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.getWriter()
                    .write("{\"type\":\"https://trustledger.org/problems/unauthenticated\",\"title\":\"Unauthorized\","
                            + "\"status\":401,\"detail\":\"sign in with a valid user name and password\"}");
        };
    }
}
