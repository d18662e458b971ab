package org.trustledger.adapters.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;
import org.trustledger.adapters.common.security.Allowed;
import org.trustledger.application.port.out.PersonalTokens;
import org.trustledger.application.port.out.StaffAccounts;

/**
 * Signs an API request in with {@code Authorization: Bearer <token>}: one SHA-256 digest and one indexed read, no
 * password hashing and no session, so authentication costs microseconds rather than a bcrypt round.
 */
class PersonalTokenFilter extends OncePerRequestFilter {
    static final String PREFIX = "tl_";
    // A streamed answer is finished in a second (async) dispatch, which this filter skips: the sign-in must outlive the
    // first one, kept on the request as HTTP Basic keeps its own, or the stream is refused half-way.
    private final SecurityContextRepository signedIn = new RequestAttributeSecurityContextRepository();
    private final PersonalTokens tokens;
    private final StaffAccounts accounts;
    private final AuthenticationEntryPoint entryPoint;

    PersonalTokenFilter(PersonalTokens tokens, StaffAccounts accounts, AuthenticationEntryPoint entryPoint) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.entryPoint = entryPoint;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<StaffAccounts.Account> account = Optional.of(
                        header.substring(7).strip())
                .filter(secret -> secret.startsWith(PREFIX))
                .flatMap(secret -> tokens.findByDigest(digest(secret)))
                .filter(token -> !token.revoked())
                .flatMap(token -> accounts.find(token.owner()))
                .filter(StaffAccounts.Account::enabled);
        if (account.isEmpty()) {
            SecurityContextHolder.clearContext();
            entryPoint.commence(request, response, new BadCredentialsException("unknown or revoked token"));
            return;
        }
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                account.get().username(),
                null,
                List.of(new SimpleGrantedAuthority(
                        Allowed.authority(account.get().role())))));
        SecurityContextHolder.setContext(context);
        signedIn.saveContext(context, request, response);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    static String digest(String secret) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
