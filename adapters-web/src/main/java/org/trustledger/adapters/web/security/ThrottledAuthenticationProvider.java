package org.trustledger.adapters.web.security;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Checks a password only when neither the account nor the client address is being throttled, and counts the
 * failures. The account key is the name as typed, so an unknown user is throttled exactly like a known one.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {
    private final AuthenticationProvider passwords;
    private final LoginThrottle perAccount;
    private final LoginThrottle perAddress;

    ThrottledAuthenticationProvider(
            AuthenticationProvider passwords, LoginThrottle perAccount, LoginThrottle perAddress) {
        this.passwords = passwords;
        this.perAccount = perAccount;
        this.perAddress = perAddress;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String account = String.valueOf(authentication.getName()).toLowerCase(Locale.ROOT);
        String address = authentication.getDetails() instanceof WebAuthenticationDetails web
                ? String.valueOf(web.getRemoteAddress())
                : "unknown";
        Optional<Duration> wait = perAccount.waitFor(account).or(() -> perAddress.waitFor(address));
        if (wait.isPresent()) {
            throw new LoginThrottledException(wait.get());
        }
        try {
            Authentication result = passwords.authenticate(authentication);
            perAccount.succeeded(account);
            return result;
        } catch (BadCredentialsException e) {
            // Only a wrong name or password counts: an account store that cannot be reached says nothing of the caller.
            perAccount.failed(account);
            perAddress.failed(address);
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return passwords.supports(authentication);
    }
}
