package org.trustledger.adapters.web.security;

import jakarta.servlet.Filter;
import java.time.Clock;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.trustledger.adapters.common.throttle.InMemoryFailedGuesses;
import org.trustledger.application.port.out.PersonalTokens;
import org.trustledger.application.port.out.StaffAccounts;

/**
 * The API's two sign-ins, HTTP Basic and personal tokens, built from the same pieces as the security chains but
 * without the application context; public for wiring that has none, such as the benchmarks.
 */
public final class ApiSignIn {
    /** What every personal token's secret starts with. */
    public static final String TOKEN_PREFIX = PersonalTokenFilter.PREFIX;

    private ApiSignIn() {}

    /** HTTP Basic as the API checks it: the guess throttle, counting in memory, then the account and its password. */
    public static AuthenticationManager basic(
            StaffAccounts accounts, PasswordEncoder encoder, LoginThrottleProperties limits, Clock clock) {
        return new SecurityConfiguration()
                .signIn(
                        accounts,
                        encoder,
                        AccountGuardConfiguration.throttle(clock, limits, new InMemoryFailedGuesses()));
    }

    /** The filter that signs a request in with a personal token; {@code refused} answers a token it does not know. */
    public static Filter personalTokens(
            PersonalTokens tokens, StaffAccounts accounts, AuthenticationEntryPoint refused) {
        return new PersonalTokenFilter(tokens, accounts, refused);
    }

    /** What a token store keeps of a secret, and finds its token by. */
    public static String tokenDigest(String secret) {
        return PersonalTokenFilter.digest(secret);
    }
}
