package org.trustledger.adapters.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Back to the sign-in page with the user name as typed, saying either that the name or password is wrong or, when
 * throttled, that the account is held here until a given moment; nothing is kept in a session for it.
 */
final class SignInFailureHandler implements AuthenticationFailureHandler {
    private final Clock clock;

    SignInFailureHandler(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        var target = new StringBuilder(request.getContextPath()).append("/login?");
        if (exception instanceof LoginThrottledException throttled) {
            long until = clock.instant().plus(throttled.retryAfter()).getEpochSecond() + 1;
            target.append("held=").append(until);
        } else {
            target.append("error");
        }
        String username = request.getParameter("username");
        if (username != null && !username.isBlank() && username.length() <= 100) {
            target.append("&username=").append(URLEncoder.encode(username, StandardCharsets.UTF_8));
        }
        response.sendRedirect(target.toString());
    }
}
