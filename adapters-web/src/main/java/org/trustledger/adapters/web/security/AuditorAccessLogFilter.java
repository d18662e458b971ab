package org.trustledger.adapters.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.trustledger.adapters.common.security.Allowed;
import org.trustledger.application.port.out.AccessLog;
import org.trustledger.application.port.out.StaffAccounts.Role;

/**
 * Logs every read by an auditor, whatever the path (a party, its history, a past state, the reports, the review
 * list, the exports, the call log, and any read added later), API or dashboard, so managers can see who looked at
 * what. Only reads that show no party data are left out, and they are listed here ({@link #NOT_PARTY_DATA}): a new
 * route is logged unless somebody decides it shows none.
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
                && who.getAuthorities().stream()
                        .anyMatch(a -> Allowed.authority(Role.AUDITOR).equals(a.getAuthority()))) {
            String query = request.getQueryString();
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

    static boolean readsPartyData(String path) {
        return NOT_PARTY_DATA.stream().noneMatch(path::startsWith);
    }
}
