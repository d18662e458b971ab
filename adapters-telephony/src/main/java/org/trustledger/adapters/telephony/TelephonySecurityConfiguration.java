package org.trustledger.adapters.telephony;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderNotFoundException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.web.filter.OncePerRequestFilter;
import org.trustledger.adapters.common.problem.DatabaseUnavailable;
import org.trustledger.adapters.common.problem.FilterProblems;
import org.trustledger.adapters.common.throttle.GuessThrottle;

/**
 * The phone system's webhook has a security filter chain of its own, scoped to {@code /api/v1/telephony/**} and
 * ordered before the other adapters' chains: the phone system is no member of staff, so it signs in with the shared
 * token alone, on every request, with no session and so no CSRF token. Without a configured token the webhook is off
 * and answers 404, so a forgotten setting never leaves it open.
 *
 * <p>The chain names its own {@link AuthenticationManager}, one that signs nobody in: the staff's sign-in is the web
 * adapter's bean, and this chain must neither need it nor let a staff password through (an architecture rule keeps
 * channel adapters off that bean).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TelephonyProperties.class)
class TelephonySecurityConfiguration {
    static final String PATHS = "/api/v1/telephony/**";
    static final String TOKEN_HEADER = "X-Telephony-Token";

    /** Only the token filter signs anyone in here; any other way of signing in finds no provider. */
    private static final AuthenticationManager TOKEN_ONLY = authentication -> {
        throw new ProviderNotFoundException("the phone system's webhook takes its token alone");
    };

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityFilterChain telephonyWebhookSecurity(
            HttpSecurity http, TelephonyProperties properties, GuessThrottle throttle) throws Exception {
        String askForToken = "send the shared token in " + TOKEN_HEADER;
        return http.securityMatcher(PATHS)
                .authenticationManager(TOKEN_ONLY)
                .addFilterBefore(new TokenFilter(properties, throttle), AuthorizationFilter.class)
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .exceptionHandling(ex -> ex.authenticationEntryPoint((request, response, e) -> FilterProblems.write(
                                request,
                                response,
                                HttpStatus.UNAUTHORIZED,
                                "unauthenticated",
                                "telephony-token",
                                askForToken,
                                TOKEN_HEADER))
                        .accessDeniedHandler((request, response, e) -> FilterProblems.write(
                                request,
                                response,
                                HttpStatus.UNAUTHORIZED,
                                "unauthenticated",
                                "telephony-token",
                                askForToken,
                                TOKEN_HEADER)))
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }

    /**
     * Signs the phone system in when it sends the configured token; not a bean, so it runs in this chain only. Wrong
     * tokens are counted per client address in the product's one throttle of guessed secrets, so guessing the token
     * is slowed down as guessing a password is.
     */
    private static final class TokenFilter extends OncePerRequestFilter {
        private static final String SECRET = "telephony-token";
        private final TelephonyProperties properties;
        private final GuessThrottle throttle;

        TokenFilter(TelephonyProperties properties, GuessThrottle throttle) {
            this.properties = properties;
            this.throttle = throttle;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (!properties.enabled()) {
                FilterProblems.write(
                        request,
                        response,
                        HttpStatus.NOT_FOUND,
                        "webhook-off",
                        "telephony-off",
                        "the phone system's webhook is off: no token is configured");
                return;
            }
            String sent = request.getHeader(TOKEN_HEADER);
            String address = request.getRemoteAddr();
            Optional<Duration> wait;
            try {
                wait = throttle.waitFor(SECRET, address);
            } catch (RuntimeException e) {
                unavailable(request, response, e);
                return;
            }
            if (sent != null && wait.isPresent()) {
                long seconds = Math.max(1, wait.get().toSeconds());
                response.setHeader("Retry-After", Long.toString(seconds));
                FilterProblems.write(
                        request,
                        response,
                        HttpStatus.TOO_MANY_REQUESTS,
                        "too-many-guesses",
                        "too-many-tokens",
                        "too many wrong tokens from this address; try again in " + seconds + " seconds",
                        seconds);
                return;
            }
            // Compared in constant time, so the answer's timing tells nothing about how much of a guess was right.
            boolean right = sent != null
                    && MessageDigest.isEqual(
                            sent.getBytes(StandardCharsets.UTF_8),
                            properties.token().getBytes(StandardCharsets.UTF_8));
            if (sent != null && !right) {
                try {
                    throttle.failed(SECRET, address);
                } catch (RuntimeException e) {
                    unavailable(request, response, e);
                    return;
                }
            }
            if (right) {
                var context = SecurityContextHolder.getContextHolderStrategy().createEmptyContext();
                context.setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated("phone-system", null, List.of()));
                SecurityContextHolder.getContextHolderStrategy().setContext(context);
            }
            chain.doFilter(request, response);
        }

        /**
         * The wrong-token counts live in the database: while it cannot be reached the call is refused with a 503 the
         * phone system retries, never a 500; any other failure is the product's own and goes on up.
         */
        private static void unavailable(HttpServletRequest request, HttpServletResponse response, RuntimeException e)
                throws IOException {
            if (!DatabaseUnavailable.causes(e)) {
                throw e;
            }
            response.setHeader("Retry-After", "5");
            FilterProblems.write(
                    request,
                    response,
                    HttpStatus.SERVICE_UNAVAILABLE,
                    "database-unavailable",
                    "database-unavailable",
                    "the ledger's database cannot be reached just now and nothing was recorded; try again shortly");
        }
    }
}
