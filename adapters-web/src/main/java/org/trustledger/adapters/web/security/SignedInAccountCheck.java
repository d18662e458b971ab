package org.trustledger.adapters.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;
import org.trustledger.application.port.out.StaffAccounts;

/**
 * Before any security chain reads a session, checks the account it was signed in as against the database, the one
 * truth every node shares: once the account is disabled, given another role or a new password, the session ends on
 * whichever node holds it, its CSRF token with it, and the request goes on as anonymous. No node keeps a copy of an
 * account that could lag; the check is one indexed read per request that carries a signed-in session.
 */
final class SignedInAccountCheck extends OncePerRequestFilter {
    private final StaffAccounts accounts;

    SignedInAccountCheck(StaffAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null
                && stale(session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY))) {
            session.invalidate();
        }
        chain.doFilter(request, response);
    }

    private boolean stale(Object stored) {
        if (!(stored instanceof SecurityContext context)
                || context.getAuthentication() == null
                || !(context.getAuthentication().getPrincipal() instanceof StaffPrincipal signedIn)) {
            return false;
        }
        return accounts.find(signedIn.getUsername())
                .filter(signedIn::stillHolds)
                .isEmpty();
    }
}
