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
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.web.filter.OncePerRequestFilter;
import org.trustledger.adapters.common.ProblemTexts;
import org.trustledger.adapters.common.throttle.GuessThrottle;

/**
 * The phone system's webhook has a security filter chain of its own, scoped to {@code /api/v1/telephony/**} and
 * ordered before the other adapters' chains: the phone system is no member of staff, so it signs in with the shared
 * token alone, on every request, with no session and so no CSRF token. Without a configured token the webhook is off
 * and answers 404, so a forgotten setting never leaves it open.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TelephonyProperties.class)
class TelephonySecurityConfiguration {
    static final String PATHS = "/api/v1/telephony/**";
    static final String TOKEN_HEADER = "X-Telephony-Token";
    static final String ROLE = "TELEPHONY";

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityFilterChain telephonyWebhookSecurity(
            HttpSecurity http, TelephonyProperties properties, GuessThrottle throttle) throws Exception {
        return http.securityMatcher(PATHS)
                .addFilterBefore(new TokenFilter(properties, throttle), AuthorizationFilter.class)
                .authorizeHttpRequests(auth -> auth.anyRequest().hasRole(ROLE))
                .exceptionHandling(ex -> ex.authenticationEntryPoint((request, response, e) -> problem(
                                request,
                                response,
                                HttpStatus.UNAUTHORIZED,
                                "telephony-token",
                                "send the shared token in " + TOKEN_HEADER,
                                TOKEN_HEADER))
                        .accessDeniedHandler((request, response, e) -> problem(
                                request,
                                response,
                                HttpStatus.UNAUTHORIZED,
                                "telephony-token",
                                "send the shared token in " + TOKEN_HEADER,
                                TOKEN_HEADER)))
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }

    /**
     * The call log and the live stream are for signed-in staff: the dashboard's session (its form sign-in) or HTTP
     * Basic, with the product's own accounts; scoped to this adapter's paths and ordered before the web adapter's
     * chains, which deny any path they do not list.
     */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 1)
    SecurityFilterChain callLogSecurity(
            HttpSecurity http, AuthenticationManager signIn, ObjectProvider<CsrfTokenRepository> csrfTokens)
            throws Exception {
        return http.securityMatcher("/calls/stream", "/api/v1/calls", "/api/v1/calls/**")
                .authenticationManager(signIn)
                .authorizeHttpRequests(auth -> auth.requestMatchers(HttpMethod.GET, "/calls/stream", "/api/v1/calls")
                        .hasAnyRole("STAFF", "MANAGER", "AUDITOR")
                        .requestMatchers(HttpMethod.GET, "/api/v1/calls/stream")
                        .hasAnyRole("STAFF", "MANAGER", "AUDITOR")
                        .requestMatchers(HttpMethod.POST, "/api/v1/calls/{callId}/request")
                        .hasAnyRole("STAFF", "MANAGER")
                        .anyRequest()
                        .denyAll())
                .httpBasic(basic -> basic.authenticationEntryPoint((request, response, e) -> {
                    response.setHeader("WWW-Authenticate", "Basic realm=\"Trust Ledger\", charset=\"UTF-8\"");
                    problem(request, response, HttpStatus.UNAUTHORIZED, "calls-sign-in", "sign in to follow the calls");
                }))
                .exceptionHandling(ex -> ex.accessDeniedHandler((request, response, e) -> problem(
                        request, response, HttpStatus.FORBIDDEN, "forbidden", "your role does not allow this request")))
                // A request signed in by its own Authorization header cannot be forged by another site (a browser adds
                // no such header across sites); one that the dashboard's session cookie signs in needs the CSRF token.
                .csrf(csrf -> csrf.csrfTokenRepository(csrfTokens.getIfAvailable(HttpSessionCsrfTokenRepository::new))
                        .ignoringRequestMatchers(request -> basic(request.getHeader(HttpHeaders.AUTHORIZATION))))
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
                problem(
                        request,
                        response,
                        HttpStatus.NOT_FOUND,
                        "telephony-off",
                        "the phone system's webhook is off: no token is configured");
                return;
            }
            String sent = request.getHeader(TOKEN_HEADER);
            String address = request.getRemoteAddr();
            Optional<Duration> wait = throttle.waitFor(SECRET, address);
            if (sent != null && wait.isPresent()) {
                long seconds = Math.max(1, wait.get().toSeconds());
                response.setHeader("Retry-After", Long.toString(seconds));
                problem(
                        request,
                        response,
                        HttpStatus.TOO_MANY_REQUESTS,
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
                throttle.failed(SECRET, address);
            }
            if (right) {
                var context = SecurityContextHolder.getContextHolderStrategy().createEmptyContext();
                context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "phone-system", null, List.of(new SimpleGrantedAuthority("ROLE_" + ROLE))));
                SecurityContextHolder.getContextHolderStrategy().setContext(context);
            }
            chain.doFilter(request, response);
        }
    }

    private static boolean basic(String authorization) {
        return authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
    }

    /** A problem in the request's language: title and detail from the bundles, {@code detail} only without them. */
    private static void problem(
            HttpServletRequest request,
            HttpServletResponse response,
            HttpStatus status,
            String type,
            String detail,
            Object... args)
            throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter()
                .write("{\"type\":\"about:blank\",\"title\":\""
                        + ProblemTexts.title(status.value(), status.getReasonPhrase(), request.getLocale())
                        + "\",\"status\":" + status.value() + ",\"detail\":\""
                        + ProblemTexts.detail(type, detail, request.getLocale(), args) + "\"}");
    }
}
