package org.trustledger.adapters.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.trustledger.application.port.out.AccessLog;

/**
 * Logs every read of party data by an auditor (a party, its history, its state as of a past date, the reports),
 * whether through the API or the dashboard, so managers can see who looked at what.
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
                && "GET".equals(request.getMethod())
                && readsPartyData(request.getRequestURI())
                && who.getAuthorities().stream().anyMatch(a -> "ROLE_AUDITOR".equals(a.getAuthority()))) {
            String query = request.getQueryString();
            String action = "GET " + request.getRequestURI() + (query != null ? "?" + query : "");
            log.record(new AccessLog.Entry(
                    who.getName(), action.length() > 2000 ? action.substring(0, 2000) : action, clock.instant()));
        }
    }

    private static boolean readsPartyData(String path) {
        return path.startsWith("/api/v1/parties") || path.startsWith("/parties") || path.startsWith("/reports");
    }
}
