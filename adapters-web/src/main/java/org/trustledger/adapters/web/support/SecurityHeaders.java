package org.trustledger.adapters.web.support;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The security headers, written on every response before anything else runs: pages, API answers, management
 * endpoints, other modules' chains, event streams, firewall refusals and Tomcat's own error answers alike, so no path
 * can be added without them. Spring Security's header writers leave a header alone once it is set.
 */
public final class SecurityHeaders extends OncePerRequestFilter {
    /** No inline script or style anywhere, so an injected one never runs. */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

    /**
     * Swagger UI's script applies one inline style of its own as it starts; only that exact text is allowed, by its
     * hash, so a new version that changes it shows in the browser test rather than as a page without styles.
     */
    static final String SWAGGER_UI_POLICY = CONTENT_SECURITY_POLICY.replace(
            "style-src 'self';", "style-src 'self' 'sha256-RL3ie0nH+Lzz2YNqQN83mnU0J1ot4QL7b99vMdIX99w=';");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        write(request, response);
        chain.doFilter(request, response);
    }

    /** Tomcat sends some refusals (a TRACE, for one) straight to the error page: those answers need them too. */
    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    /** Sets each header this response does not carry yet. */
    public static void write(HttpServletRequest request, HttpServletResponse response) {
        String path = request.getRequestURI();
        set(
                response,
                "Content-Security-Policy",
                path != null && path.startsWith("/swagger-ui/") ? SWAGGER_UI_POLICY : CONTENT_SECURITY_POLICY);
        set(response, "X-Content-Type-Options", "nosniff");
        set(response, "X-Frame-Options", "DENY");
        set(response, "X-XSS-Protection", "0");
        // The API's answers link nowhere; the dashboard's links stay within the site.
        set(response, "Referrer-Policy", path != null && path.startsWith("/api/") ? "no-referrer" : "same-origin");
        set(response, "Cache-Control", "no-cache, no-store, max-age=0, must-revalidate");
        set(response, "Pragma", "no-cache");
        set(response, "Expires", "0");
        if (request.isSecure()) {
            set(response, "Strict-Transport-Security", "max-age=31536000 ; includeSubDomains");
        }
    }

    private static void set(HttpServletResponse response, String name, String value) {
        if (!response.containsHeader(name)) {
            response.setHeader(name, value);
        }
    }
}
