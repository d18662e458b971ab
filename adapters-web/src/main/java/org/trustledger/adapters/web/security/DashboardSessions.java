package org.trustledger.adapters.web.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.security.SpringSessionBackedSessionRegistry;

/**
 * Sessions only for people signed in, and a bounded number of them per account. The product keeps them in the
 * database (Spring Session JDBC), so a balancer may send each request to any node. An anonymous visitor gets no session:
 * the page they asked for is remembered in a cookie ({@link ContinueCookieRequestCache}), the sign-in form's CSRF
 * token in another (double submit), and a failed sign-in is told by parameters alone ({@link SignInFailureHandler}). Every chain
 * that would remember a page (the dashboard's, other modules' with a sign-in) picks the {@link RequestCache} bean up.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SessionProperties.class)
public class DashboardSessions {
    private final SessionProperties limits;
    private final SessionRegistry registry;
    private final CsrfTokenRepository csrfTokens;

    DashboardSessions(
            SessionProperties limits, ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> shared) {
        this.limits = limits;
        // With sessions in the database (Spring Session JDBC) every node sees every session, and so must the count of
        // an account's sessions; only a product without them counts in this node's memory.
        var sessions = shared.getIfAvailable();
        this.registry =
                sessions == null ? new SessionRegistryImpl() : new SpringSessionBackedSessionRegistry<>(sessions);
        var tokens = new CookieCsrfTokenRepository();
        tokens.setCookieCustomizer(cookie -> cookie.sameSite("Lax"));
        this.csrfTokens = tokens;
    }

    @Bean
    RequestCache continueCookieRequestCache() {
        return new ContinueCookieRequestCache();
    }

    /** The one store of CSRF tokens, so a token the dashboard wrote is valid in every chain that checks one. */
    @Bean
    CsrfTokenRepository csrfTokenRepository() {
        return csrfTokens;
    }

    @Bean
    SessionRegistry sessionRegistry() {
        return registry;
    }

    /** Tells the registry when a session ends, so an ended session no longer counts against its account. */
    @Bean
    static HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    /** Applies all of the above to a chain that signs in with a form. */
    void applyTo(HttpSecurity http) throws Exception {
        http.csrf(csrf -> csrf.csrfTokenRepository(csrfTokens))
                .sessionManagement(session -> session.sessionConcurrency(concurrency -> concurrency
                        .maximumSessions(limits.maxPerAccount())
                        .sessionRegistry(registry)
                        .expiredUrl("/login?expired")));
    }
}
