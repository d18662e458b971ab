package org.trustledger.adapters.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.trustledger.adapters.common.security.Allowed;
import org.trustledger.application.port.out.AccessLog;
import org.trustledger.application.port.out.StaffAccounts.Role;

/**
 * Logs every read by an auditor, whatever the path (a party, its history, a past state, the reports, the review
 * list, the exports, the call log, a person's disclosure, and any read added later), API or dashboard, so managers can
 * see who looked at what. Only reads that show no party data are left out, and they are listed here
 * ({@link #NOT_PARTY_DATA}): a new route is logged unless somebody decides it shows none. Every export is logged
 * whoever takes it, since a person may ask to whom their data was handed (see the people's disclosure).
 *
 * <p>What was searched or screened for — a people or party search's {@code q}, the intake's name, number, address or
 * e-mail address — is not logged, on any path: it may be a person's, and the log outlives an erasure of that person.
 */
@Component
class AuditorAccessLogFilter extends OncePerRequestFilter {
    private final AccessLog log;
    private final Clock clock;

    AuditorAccessLogFilter(AccessLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request, response);
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        if (who != null
                && response.getStatus() < 400
                && ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))
                && readsPartyData(request.getRequestURI())
                && (isExport(request.getRequestURI())
                        || who.getAuthorities().stream()
                                .anyMatch(a -> Allowed.authority(Role.AUDITOR).equals(a.getAuthority())))) {
            String query = withoutSearchedPerson(request.getQueryString());
            String action = request.getMethod() + " " + request.getRequestURI() + (query != null ? "?" + query : "");
            log.record(new AccessLog.Entry(
                    who.getName(), action.length() > 2000 ? action.substring(0, 2000) : action, clock.instant()));
        }
    }

    /** Path prefixes whose answers hold no party data: assets, signing in, one's own account, the API's description. */
    static final List<String> NOT_PARTY_DATA = List.of(
            "/css/",
            "/js/",
            "/favicon",
            "/login",
            "/logout",
            "/error",
            "/actuator/",
            "/v3/api-docs",
            "/swagger-ui",
            "/api/v1/tokens",
            "/api/v1/account/");

    /** The exports of a party's history and of the whole ledger. */
    static final String LEDGER_EXPORT = "/api/v1/export/ledger";

    private static final Pattern PARTY_EXPORT = Pattern.compile("/api/v1/parties/[^/]+/export");
    /** The query parameters whose value may name or reach a person, as a search or the intake sends them. */
    private static final Pattern SEARCHED =
            Pattern.compile("(^|&)(q|phone|callerName|companyName|representative|address|email|website)=[^&]*");

    static boolean isExport(String path) {
        return LEDGER_EXPORT.equals(path) || PARTY_EXPORT.matcher(path).matches();
    }

    /** The query with what was searched masked: a person's name or number, which an erasure must reach. */
    static String withoutSearchedPerson(String query) {
        return query == null ? null : SEARCHED.matcher(query).replaceAll("$1$2=…");
    }

    static boolean readsPartyData(String path) {
        return NOT_PARTY_DATA.stream().noneMatch(path::startsWith);
    }
}
