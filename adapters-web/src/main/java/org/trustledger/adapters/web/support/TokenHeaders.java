package org.trustledger.adapters.web.support;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Enumeration;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.trustledger.adapters.web.support.StrictJsonConfiguration.Problems;

/**
 * Headers whose value is a token or an entity tag hold visible ASCII only: anything else (a UTF-8 key the container
 * reads as Latin-1, a control character) is a 400 naming the header, before the firewall would fail the request
 * deep inside a controller.
 */
final class TokenHeaders extends OncePerRequestFilter {
    static final List<String> NAMES = List.of("Idempotency-Key", "If-Match", "If-None-Match");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        for (String name : NAMES) {
            Enumeration<String> values = request.getHeaders(name);
            while (values != null && values.hasMoreElements()) {
                if (!visibleAscii(values.nextElement())) {
                    Problems.write(
                            request,
                            response,
                            HttpStatus.BAD_REQUEST,
                            "invalid-header",
                            name + " must hold visible ASCII characters only",
                            name);
                    return;
                }
            }
        }
        chain.doFilter(request, response);
    }

    static boolean visibleAscii(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c > 0x7E) {
                return false;
            }
        }
        return true;
    }
}
