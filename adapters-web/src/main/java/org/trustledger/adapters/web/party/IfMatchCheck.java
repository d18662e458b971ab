package org.trustledger.adapters.web.party;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.trustledger.adapters.web.support.ProblemTitles;
import org.trustledger.application.port.in.FindPartiesQuery;
import org.trustledger.domain.DomainException;
import org.trustledger.domain.party.PartyId;

/**
 * Optimistic concurrency: a change to a party sent with {@code If-Match} (the {@code ETag} its reader got, the
 * party's version) is refused with 412 when the party has changed since, naming the current version, so two staff
 * never silently overwrite each other. Without the header the change goes through as before.
 */
@Component
class IfMatchCheck implements WebMvcConfigurer, HandlerInterceptor {
    private static final Pattern PARTY = Pattern.compile("^/api/v1/parties/([^/]+)(/.*)?$");
    private final FindPartiesQuery parties;

    IfMatchCheck(FindPartiesQuery parties) {
        this.parties = parties;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/v1/parties/*", "/api/v1/parties/*/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws IOException {
        String expected = request.getHeader(HttpHeaders.IF_MATCH);
        Matcher path = PARTY.matcher(request.getRequestURI());
        if (expected == null || "GET".equals(request.getMethod()) || !path.matches()) {
            return true;
        }
        long current;
        try {
            current = parties.get(PartyId.of(path.group(1))).lastSequence();
        } catch (DomainException unknownOrInvalid) {
            // The controller answers an unknown party or a malformed id as it always does.
            return true;
        }
        if (matches(expected, current)) {
            return true;
        }
        response.setStatus(HttpStatus.PRECONDITION_FAILED.value());
        response.setHeader(HttpHeaders.ETAG, etag(current));
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter()
                .write("{\"type\":\"https://trustledger.org/problems/stale-version\",\"title\":\""
                        + ProblemTitles.of(412, "Precondition Failed", LocaleContextHolder.getLocale())
                        + "\",\"status\":412,\"detail\":\""
                        + ProblemTitles.detail(
                                "stale-version",
                                "the party has changed since you read it: it is at version " + current
                                        + " now; read it again and repeat your change",
                                LocaleContextHolder.getLocale(),
                                current)
                        + "\",\"currentVersion\":" + current
                        + "}");
        return false;
    }

    static String etag(long version) {
        return "\"" + version + "\"";
    }

    private static boolean matches(String header, long current) {
        for (String candidate : header.split(",")) {
            String tag = candidate.strip();
            if (tag.equals("*") || tag.equals(etag(current)) || tag.equals(Long.toString(current))) {
                return true;
            }
        }
        return false;
    }
}
