package org.trustledger.adapters.web.security;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.security.web.savedrequest.SimpleSavedRequest;
import org.springframework.web.util.WebUtils;

/**
 * Remembers the page an anonymous visitor asked for in a short-lived cookie holding only its local path, never in a
 * session: an anonymous request leaves nothing on the server, however many there are. The path is checked again when
 * read, so a forged cookie can only lead to another page of this site.
 */
final class ContinueCookieRequestCache implements RequestCache {
    static final String COOKIE = "TL_CONTINUE";
    private static final int MAX_PATH = 1024;

    @Override
    public void saveRequest(HttpServletRequest request, HttpServletResponse response) {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        if (!"GET".equals(request.getMethod())
                || request.getRequestURI().startsWith("/api/")
                || "XMLHttpRequest".equals(request.getHeader("X-Requested-With"))
                || (accept != null && (accept.contains("text/event-stream") || accept.contains("application/json")))) {
            return;
        }
        String query = request.getQueryString();
        String path = request.getRequestURI() + (query != null ? "?" + query : "");
        if (!local(path)) {
            return;
        }
        response.addCookie(cookie(
                request,
                Base64.getUrlEncoder().withoutPadding().encodeToString(path.getBytes(StandardCharsets.UTF_8)),
                600));
    }

    @Override
    public SavedRequest getRequest(HttpServletRequest request, HttpServletResponse response) {
        return path(request).map(SimpleSavedRequest::new).orElse(null);
    }

    @Override
    public HttpServletRequest getMatchingRequest(HttpServletRequest request, HttpServletResponse response) {
        // Nothing of the first request is replayed but its address; once it is reached, the cookie has served.
        String query = request.getQueryString();
        String current = request.getRequestURI() + (query != null ? "?" + query : "");
        if (path(request).filter(current::equals).isPresent()) {
            removeRequest(request, response);
        }
        return null;
    }

    @Override
    public void removeRequest(HttpServletRequest request, HttpServletResponse response) {
        if (WebUtils.getCookie(request, COOKIE) != null) {
            response.addCookie(cookie(request, "", 0));
        }
    }

    private static Optional<String> path(HttpServletRequest request) {
        Cookie cookie = WebUtils.getCookie(request, COOKIE);
        if (cookie == null) {
            return Optional.empty();
        }
        try {
            String path = new String(Base64.getUrlDecoder().decode(cookie.getValue()), StandardCharsets.UTF_8);
            return local(path) ? Optional.of(path) : Optional.empty();
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }

    /** A path of this site: one slash first (two would name another host), no backslash, nothing invisible. */
    static boolean local(String path) {
        if (path.isEmpty() || path.length() > MAX_PATH || path.charAt(0) != '/' || path.startsWith("//")) {
            return false;
        }
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c <= 0x20 || c >= 0x7F || c == '\\') {
                return false;
            }
        }
        return true;
    }

    private static Cookie cookie(HttpServletRequest request, String value, int maxAge) {
        Cookie cookie = new Cookie(COOKIE, value);
        cookie.setPath("/");
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setMaxAge(maxAge);
        cookie.setAttribute("SameSite", "Lax");
        return cookie;
    }
}
