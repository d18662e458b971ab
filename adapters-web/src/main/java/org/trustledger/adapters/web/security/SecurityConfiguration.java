package org.trustledger.adapters.web.security;

import static org.trustledger.application.port.out.Permission.AUDIT;
import static org.trustledger.application.port.out.Permission.CHECKPOINT;
import static org.trustledger.application.port.out.Permission.CHECK_RECEIPT;
import static org.trustledger.application.port.out.Permission.DECIDE;
import static org.trustledger.application.port.out.Permission.DISCLOSE_PERSONAL_DATA;
import static org.trustledger.application.port.out.Permission.ERASE_PERSONAL_DATA;
import static org.trustledger.application.port.out.Permission.FOLLOW_CONTACTS;
import static org.trustledger.application.port.out.Permission.MANAGE_ACCOUNTS;
import static org.trustledger.application.port.out.Permission.OWN_ACCOUNT;
import static org.trustledger.application.port.out.Permission.PERSONAL_DATA_REQUESTS;
import static org.trustledger.application.port.out.Permission.PURGE_CONTACTS;
import static org.trustledger.application.port.out.Permission.READ_LEDGER;
import static org.trustledger.application.port.out.Permission.REBUILD;
import static org.trustledger.application.port.out.Permission.RECORD;
import static org.trustledger.application.port.out.Permission.TAKE_CONTACT;

import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.trustledger.adapters.common.problem.DatabaseUnavailable;
import org.trustledger.adapters.common.problem.Pages;
import org.trustledger.adapters.common.security.Allowed;
import org.trustledger.adapters.common.throttle.GuessThrottle;
import org.trustledger.adapters.web.support.ProblemTitles;
import org.trustledger.adapters.web.support.SecurityHeaders;
import org.trustledger.application.port.out.Permission;
import org.trustledger.application.port.out.PersonalTokens;
import org.trustledger.application.port.out.StaffAccounts;

/**
 * Who may do what. The API signs in with a personal bearer token (fast, stateless) or HTTP Basic (a bcrypt check on
 * every request, slow by design, for scripts); the dashboard with a form and a session. Which roles may reach a path
 * is never written here: each path names the application's {@link Permission} it serves, and the roles come from
 * that one table. Any route of this module not listed is denied; an address nobody serves is {@link Unserved}.
 *
 * <p>Both chains come late ({@link #API_ORDER}, {@link #DASHBOARD_ORDER}): another module securing its own paths
 * contributes its own {@link SecurityFilterChain} with a smaller order and a {@code securityMatcher} for those paths.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({AdminAccountProperties.class, LoginThrottleProperties.class})
@Import({AccountGuardConfiguration.class, DashboardSessions.class})
public class SecurityConfiguration {
    /** Chains of other modules for their own paths must come before this one. */
    public static final int API_ORDER = 100;

    public static final int DASHBOARD_ORDER = 200;

    static final int API_DESCRIPTION_ORDER = 150;

    private static final String[] API_DESCRIPTION = {
        "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html"
    };

    /** No inline script or style anywhere, so an injected one never runs. */
    static final String CONTENT_SECURITY_POLICY = SecurityHeaders.CONTENT_SECURITY_POLICY;

    private static final String PARTY = "/api/v1/parties/{partyId}";

    @Bean
    @Order(API_ORDER)
    SecurityFilterChain apiSecurity(
            HttpSecurity http,
            AuthenticationManager signIn,
            PersonalTokens tokens,
            StaffAccounts accounts,
            ProblemResponses problems,
            Unserved unserved)
            throws Exception {
        return http.securityMatcher("/api/**")
                .authenticationManager(signIn)
                .authorizeHttpRequests(auth -> auth
                        // reading: every role
                        .requestMatchers(HttpMethod.GET, "/api/v1/parties", PARTY, PARTY + "/history")
                        .access(Allowed.to(READ_LEDGER))
                        .requestMatchers(HttpMethod.POST, "/api/v1/screenings", "/api/v1/parties")
                        .access(Allowed.to(RECORD))
                        .requestMatchers(HttpMethod.PUT, PARTY)
                        .access(Allowed.to(RECORD))
                        .requestMatchers(
                                HttpMethod.POST,
                                PARTY + "/requests",
                                PARTY + "/callers",
                                PARTY + "/troubles",
                                PARTY + "/payment-shortfalls",
                                PARTY + "/payment-shortfalls/{invoiceRef}/settlement",
                                PARTY + "/settlements")
                        .access(Allowed.to(RECORD))
                        .requestMatchers(
                                HttpMethod.POST,
                                PARTY + "/termination",
                                PARTY + "/reinstatement",
                                PARTY + "/link-reviews",
                                PARTY + "/retractions")
                        .access(Allowed.to(DECIDE))
                        .requestMatchers(
                                HttpMethod.GET, PARTY + "/export", "/api/v1/export/ledger", PARTY + "/integrity")
                        .access(Allowed.to(AUDIT))
                        .requestMatchers(HttpMethod.POST, "/api/v1/admin/integrity-checks")
                        .access(Allowed.to(AUDIT))
                        .requestMatchers(HttpMethod.GET, "/api/v1/admin/checkpoints/latest")
                        .access(Allowed.to(AUDIT))
                        .requestMatchers(HttpMethod.POST, "/api/v1/admin/checkpoints")
                        .access(Allowed.to(CHECKPOINT))
                        .requestMatchers(HttpMethod.POST, PARTY + "/receipt-checks")
                        .access(Allowed.to(CHECK_RECEIPT))
                        .requestMatchers(HttpMethod.GET, "/api/v1/calls", "/api/v1/calls/stream")
                        .access(Allowed.to(FOLLOW_CONTACTS))
                        .requestMatchers(HttpMethod.POST, "/api/v1/calls/{callId}/request")
                        .access(Allowed.to(TAKE_CONTACT))
                        .requestMatchers(HttpMethod.POST, "/api/v1/admin/contact-purges")
                        .access(Allowed.to(PURGE_CONTACTS))
                        .requestMatchers(HttpMethod.POST, "/api/v1/people/{personId}/erasure")
                        .access(Allowed.to(ERASE_PERSONAL_DATA))
                        .requestMatchers(
                                HttpMethod.POST,
                                "/api/v1/people/{personId}/requests",
                                "/api/v1/people/{personId}/requests/{sequence}/refusal",
                                "/api/v1/people/{personId}/requests/{sequence}/answer")
                        .access(Allowed.to(PERSONAL_DATA_REQUESTS))
                        .requestMatchers(HttpMethod.GET, "/api/v1/people", "/api/v1/people/{personId}/disclosure")
                        .access(Allowed.to(DISCLOSE_PERSONAL_DATA))
                        .requestMatchers(HttpMethod.POST, "/api/v1/admin/rebuilds")
                        .access(Allowed.to(REBUILD))
                        .requestMatchers(HttpMethod.GET, "/api/v1/admin/rebuilds/latest", "/api/v1/admin/rebuilds/{id}")
                        .access(Allowed.to(REBUILD))
                        .requestMatchers(HttpMethod.GET, "/api/v1/accounts", "/api/v1/access-log")
                        .access(Allowed.to(MANAGE_ACCOUNTS))
                        .requestMatchers(HttpMethod.POST, "/api/v1/accounts")
                        .access(Allowed.to(MANAGE_ACCOUNTS))
                        .requestMatchers(HttpMethod.PATCH, "/api/v1/accounts/{username}")
                        .access(Allowed.to(MANAGE_ACCOUNTS))
                        .requestMatchers(HttpMethod.PUT, "/api/v1/account/password")
                        .access(Allowed.to(OWN_ACCOUNT))
                        .requestMatchers(HttpMethod.GET, "/api/v1/tokens")
                        .access(Allowed.to(OWN_ACCOUNT))
                        .requestMatchers(HttpMethod.POST, "/api/v1/tokens")
                        .access(Allowed.to(OWN_ACCOUNT))
                        .requestMatchers(HttpMethod.DELETE, "/api/v1/tokens/{id}")
                        .access(Allowed.to(OWN_ACCOUNT))
                        .anyRequest()
                        .access(unserved))
                .addFilterBefore(
                        new PersonalTokenFilter(tokens, accounts, problems.unauthenticated()),
                        BasicAuthenticationFilter.class)
                .httpBasic(basic -> basic.authenticationEntryPoint(problems.unauthenticated()))
                .exceptionHandling(ex -> ex.authenticationEntryPoint(problems.unauthenticated())
                        .accessDeniedHandler(problems.forbidden()))
                // A stateless API signed in on every request: no session, so no CSRF token to steal.
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)))
                .build();
    }

    /**
     * The API's description is read by scripts, signed in as for the API, and by people in Swagger UI, signed in by the
     * dashboard's session (which this chain reads but never creates); a stranger's browser is sent to sign in, a
     * stranger's script answered 401.
     */
    @Bean
    @Order(API_DESCRIPTION_ORDER)
    SecurityFilterChain apiDescriptionSecurity(
            HttpSecurity http,
            AuthenticationManager signIn,
            PersonalTokens tokens,
            StaffAccounts accounts,
            ProblemResponses problems,
            CsrfTokenRepository csrfTokens,
            Unserved unserved)
            throws Exception {
        AuthenticationEntryPoint signInPage = new LoginUrlAuthenticationEntryPoint("/login");
        AuthenticationEntryPoint unauthenticated = problems.unauthenticated();
        return http.securityMatcher(API_DESCRIPTION)
                .authenticationManager(signIn)
                .authorizeHttpRequests(auth -> auth.requestMatchers(HttpMethod.GET, API_DESCRIPTION)
                        .access(Allowed.to(OWN_ACCOUNT))
                        .anyRequest()
                        .access(unserved))
                .addFilterBefore(
                        new PersonalTokenFilter(tokens, accounts, unauthenticated), BasicAuthenticationFilter.class)
                .httpBasic(basic -> basic.authenticationEntryPoint(unauthenticated))
                .exceptionHandling(ex -> ex.authenticationEntryPoint((request, response, e) ->
                                (Pages.wanted(request) ? signInPage : unauthenticated).commence(request, response, e))
                        .accessDeniedHandler(problems.forbidden()))
                .csrf(csrf -> csrf.csrfTokenRepository(csrfTokens))
                // The headers, Swagger UI's own policy among them, are SecurityHeaders' for these paths too.
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .build();
    }

    @Bean
    @Order(DASHBOARD_ORDER)
    SecurityFilterChain dashboardSecurity(
            HttpSecurity http, AuthenticationManager signIn, DashboardSessions sessions, Clock clock, Unserved unserved)
            throws Exception {
        sessions.applyTo(http);
        return http.authenticationManager(signIn)
                .authorizeHttpRequests(auth -> auth.requestMatchers(
                                "/login", "/error", "/form-expired", "/css/**", "/js/**", "/favicon.svg")
                        .permitAll()
                        // before /parties/{partyId}, which would match it too
                        .requestMatchers(HttpMethod.GET, "/parties/new")
                        .access(Allowed.to(RECORD))
                        .requestMatchers(HttpMethod.GET, "/", "/parties", "/parties/{partyId}", "/review", "/reports")
                        .access(Allowed.to(READ_LEDGER))
                        .requestMatchers(HttpMethod.GET, "/calls/stream")
                        .access(Allowed.to(FOLLOW_CONTACTS))
                        .requestMatchers(HttpMethod.GET, "/people", "/people/{personId}")
                        .access(Allowed.to(DISCLOSE_PERSONAL_DATA))
                        .requestMatchers(HttpMethod.GET, "/review/confirm")
                        .access(Allowed.to(DECIDE))
                        .requestMatchers(HttpMethod.GET, "/parties/{partyId}/erasure", "/people/{personId}/erasure")
                        .access(Allowed.to(ERASE_PERSONAL_DATA))
                        .requestMatchers(HttpMethod.POST, "/parties/{partyId}/erasure", "/people/{personId}/erasure")
                        .access(Allowed.to(ERASE_PERSONAL_DATA))
                        .requestMatchers(
                                HttpMethod.POST,
                                "/parties/{partyId}/person-requests",
                                "/parties/{partyId}/person-refusals",
                                "/parties/{partyId}/person-answers")
                        .access(Allowed.to(PERSONAL_DATA_REQUESTS))
                        .requestMatchers(
                                HttpMethod.POST,
                                "/intake",
                                "/intake/record",
                                "/parties",
                                "/parties/{partyId}/requests",
                                "/parties/{partyId}/callers",
                                "/parties/{partyId}/troubles",
                                "/parties/{partyId}/shortfalls",
                                "/parties/{partyId}/settlements")
                        .access(Allowed.to(RECORD))
                        .requestMatchers(
                                HttpMethod.POST,
                                "/review",
                                "/review/undo",
                                "/parties/{partyId}/termination",
                                "/parties/{partyId}/reinstatement",
                                "/parties/{partyId}/link-reviews",
                                "/parties/{partyId}/retractions")
                        .access(Allowed.to(DECIDE))
                        .requestMatchers(HttpMethod.POST, "/logout")
                        .authenticated()
                        .anyRequest()
                        .access(unserved))
                .exceptionHandling(ex -> ex.accessDeniedHandler(dashboardDenied()))
                .formLogin(form -> form.loginPage("/login")
                        .defaultSuccessUrl("/", false)
                        .failureHandler(new SignInFailureHandler(clock)))
                .logout(logout -> logout.logoutUrl("/logout")
                        .logoutSuccessUrl("/login?logout")
                        .deleteCookies("JSESSIONID")
                        .invalidateHttpSession(true))
                // A new session id at sign-in, so a session id planted before it is worth nothing afterwards.
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
                .build();
    }

    /**
     * A dashboard form with a token that no longer holds goes to a page of the product's own that keeps what was
     * typed; any other refusal is the product's error page, not Spring's.
     */
    private static AccessDeniedHandler dashboardDenied() {
        var others = new org.springframework.security.web.access.AccessDeniedHandlerImpl();
        return (request, response, e) -> {
            if (e instanceof org.springframework.security.web.csrf.CsrfException
                    && "POST".equals(request.getMethod())) {
                response.setStatus(HttpStatus.FORBIDDEN.value());
                request.getRequestDispatcher("/form-expired").forward(request, response);
                return;
            }
            others.handle(request, response, e);
        };
    }

    @Bean
    Unserved unserved(@Qualifier("requestMappingHandlerMapping") ObjectProvider<RequestMappingHandlerMapping> routes) {
        return new Unserved(routes::getObject);
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        // bcrypt, cost 10, for new hashes; the {id} prefix lets the algorithm change without a migration. A script
        // signing in with HTTP Basic on every request pays that cost once every few minutes, not on every request.
        return new RememberingPasswordEncoder(
                PasswordEncoderFactories.createDelegatingPasswordEncoder(), java.time.Clock.systemUTC());
    }

    @Bean
    AuthenticationManager signIn(StaffAccounts accounts, PasswordEncoder encoder, GuessThrottle throttle) {
        var passwords = new DaoAuthenticationProvider(new StaffUserDetailsService(accounts));
        // An unknown user costs one bcrypt check too (Spring compares against a dummy hash): same answer, same time.
        passwords.setPasswordEncoder(encoder);
        return new ProviderManager(new ThrottledAuthenticationProvider(passwords, throttle));
    }

    @Bean
    PasswordPolicy passwordPolicy() {
        return new PasswordPolicy();
    }

    @Bean
    ProblemResponses problemResponses() {
        return new ProblemResponses();
    }

    @Bean
    FirstManager firstManager(AdminAccountProperties admin, StaffAccounts accounts, PasswordEncoder encoder) {
        return new FirstManager(admin, accounts, encoder);
    }

    /** Security failures as problem documents, written by filters before any controller runs. */
    static final class ProblemResponses {

        /** A 401 with the Basic challenge so browsers and curl know what to do; a 429 while throttled. */
        AuthenticationEntryPoint unauthenticated() {
            return (request, response, e) -> {
                if (e instanceof LoginThrottledException throttled) {
                    long seconds = Math.max(1, throttled.retryAfter().toSeconds());
                    response.setHeader("Retry-After", Long.toString(seconds));
                    write(
                            request,
                            response,
                            HttpStatus.TOO_MANY_REQUESTS,
                            "too-many-sign-ins",
                            """
                            too many failed sign-ins for this account or from this address; try again in %d seconds""".formatted(seconds),
                            seconds);
                    return;
                }
                if (DatabaseUnavailable.causes(e)) {
                    // The account could not be looked up: the credentials may be fine, so ask to retry, not to sign in.
                    response.setHeader("Retry-After", "5");
                    write(request, response, HttpStatus.SERVICE_UNAVAILABLE, "database-unavailable", """
                            the ledger's database cannot be reached just now and nothing was recorded; try again \
                            shortly""");
                    return;
                }
                response.setHeader("WWW-Authenticate", "Basic realm=\"Trust Ledger\", charset=\"UTF-8\"");
                write(
                        request,
                        response,
                        HttpStatus.UNAUTHORIZED,
                        "unauthenticated",
                        "sign in with a valid user name and password, or a personal token");
            };
        }

        AccessDeniedHandler forbidden() {
            return (request, response, e) -> write(
                    request, response, HttpStatus.FORBIDDEN, "forbidden", "your role does not allow this request");
        }

        private static void write(
                jakarta.servlet.http.HttpServletRequest request,
                jakarta.servlet.http.HttpServletResponse response,
                HttpStatus status,
                String type,
                String detail,
                Object... args)
                throws java.io.IOException {
            response.setStatus(status.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            response.getWriter()
                    .write("{\"type\":\"https://trustledger.org/problems/" + type + "\",\"title\":\""
                            + ProblemTitles.of(status.value(), status.getReasonPhrase(), request.getLocale())
                            + "\",\"status\":" + status.value() + ",\"detail\":\""
                            + ProblemTitles.detail(type, detail.strip(), request.getLocale(), args) + "\"}");
        }
    }
}
