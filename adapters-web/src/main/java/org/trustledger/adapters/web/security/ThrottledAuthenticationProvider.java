package org.trustledger.adapters.web.security;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.trustledger.adapters.common.problem.DatabaseUnavailable;
import org.trustledger.adapters.common.throttle.GuessThrottle;

/**
 * Checks a password only when neither the pair of account and client address nor the address is being throttled,
 * and counts the failures. The account is the name as typed, folded to lower case as names are, so an unknown user
 * is throttled exactly like a known one; failures from one address never hold the owner signing in from another.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {
    private final AuthenticationProvider passwords;
    private final GuessThrottle throttle;

    ThrottledAuthenticationProvider(AuthenticationProvider passwords, GuessThrottle throttle) {
        this.passwords = passwords;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        try {
            return throttled(authentication);
        } catch (RuntimeException e) {
            if (e instanceof AuthenticationException || !DatabaseUnavailable.causes(e)) {
                throw e;
            }
            // The counts live in the database: while it cannot be reached, the sign-in is refused as the account lookup
            // would refuse it, with a 503 to retry rather than a fault of the product.
            throw new InternalAuthenticationServiceException("the sign-in throttle cannot be read just now", e);
        }
    }

    private Authentication throttled(Authentication authentication) {
        String secret = "login:" + String.valueOf(authentication.getName()).toLowerCase(Locale.ROOT);
        String address = authentication.getDetails() instanceof WebAuthenticationDetails web
                ? String.valueOf(web.getRemoteAddress())
                : "unknown";
        Optional<Duration> wait = throttle.waitFor(secret, address);
        if (wait.isPresent()) {
            throw new LoginThrottledException(wait.get());
        }
        try {
            Authentication result = passwords.authenticate(authentication);
            throttle.succeeded(secret, address);
            return result;
        } catch (BadCredentialsException e) {
            // Only a wrong name or password counts: an account store that cannot be reached says nothing of the caller.
            throttle.failed(secret, address);
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return passwords.supports(authentication);
    }
}
