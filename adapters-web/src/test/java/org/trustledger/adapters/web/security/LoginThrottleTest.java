package org.trustledger.adapters.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.trustledger.adapters.common.throttle.FailureThrottle;
import org.trustledger.adapters.common.throttle.GuessThrottle;

/** Throttling of failed sign-ins per account and address pair and per address, on a clock the test moves. */
class LoginThrottleTest {
    final MovableClock clock = new MovableClock(Instant.parse("2026-01-01T00:00:00Z"));
    final FailureThrottle throttle = new FailureThrottle(clock, 100, 5);

    @Test
    void theFirstFailures_costNothing_thenEachAttemptWaitsADelayThatDoubles() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("kenji");
            assertThat(throttle.waitFor("kenji")).isEmpty();
        }
        throttle.failed("kenji");
        assertThat(throttle.waitFor("kenji")).contains(Duration.ofSeconds(1));

        clock.move(Duration.ofSeconds(1));
        assertThat(throttle.waitFor("kenji")).isEmpty();
        throttle.failed("kenji");
        assertThat(throttle.waitFor("kenji")).contains(Duration.ofSeconds(2));
        clock.move(Duration.ofSeconds(2));
        throttle.failed("kenji");
        assertThat(throttle.waitFor("kenji")).contains(Duration.ofSeconds(4));
    }

    @Test
    void theDelay_neverGrowsPastFiveMinutes() {
        for (int i = 0; i < 40; i++) {
            throttle.failed("kenji");
        }

        assertThat(throttle.waitFor("kenji")).contains(Duration.ofMinutes(5));
    }

    @Test
    void atAHundredFailuresInAnHour_theAccountIsRefusedUntilTheOldestIsAnHourOld() {
        FailureThrottle noDelay = new FailureThrottle(clock, 100, 1_000);
        for (int i = 0; i < 100; i++) {
            assertThat(noDelay.waitFor("kenji")).isEmpty();
            noDelay.failed("kenji");
            clock.move(Duration.ofSeconds(10));
        }

        assertThat(noDelay.waitFor("kenji")).contains(Duration.ofHours(1).minusSeconds(1000));
        clock.move(Duration.ofHours(1).minusSeconds(1000));
        assertThat(noDelay.waitFor("kenji")).isEmpty();
    }

    @Test
    void aSuccess_clearsTheAccountsFailures_andKeysAreSeparate() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("kenji");
        }
        assertThat(throttle.waitFor("hanako")).isEmpty();

        throttle.succeeded("kenji");

        assertThat(throttle.waitFor("kenji")).isEmpty();
    }

    @Test
    void whileThrottled_thePasswordIsNotEvenChecked_andAnUnknownUserIsThrottledAlike() {
        AtomicInteger checks = new AtomicInteger();
        AuthenticationProvider passwords = new AuthenticationProvider() {
            @Override
            public Authentication authenticate(Authentication authentication) {
                checks.incrementAndGet();
                throw new BadCredentialsException("wrong");
            }

            @Override
            public boolean supports(Class<?> authentication) {
                return true;
            }
        };
        var provider = new ThrottledAuthenticationProvider(passwords, guesses());

        for (String user : new String[] {"admin", "no-such-user"}) {
            checks.set(0);
            for (int i = 0; i < 5; i++) {
                assertThatThrownBy(() -> provider.authenticate(attempt(user)))
                        .isInstanceOf(BadCredentialsException.class);
            }
            assertThatThrownBy(() -> provider.authenticate(attempt(user)))
                    .isInstanceOfSatisfying(
                            LoginThrottledException.class,
                            e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(1)));
            assertThat(checks).hasValue(5);
        }
    }

    @Test
    void oneAddress_tryingManyAccounts_isThrottledToo() {
        var provider = new ThrottledAuthenticationProvider(
                new AuthenticationProvider() {
                    @Override
                    public Authentication authenticate(Authentication authentication) {
                        throw new BadCredentialsException("wrong");
                    }

                    @Override
                    public boolean supports(Class<?> authentication) {
                        return true;
                    }
                },
                guesses());
        for (int i = 0; i < 50; i++) {
            String user = "user" + i;
            assertThatThrownBy(() -> provider.authenticate(attempt(user))).isInstanceOf(BadCredentialsException.class);
        }

        assertThatThrownBy(() -> provider.authenticate(attempt("user-fresh")))
                .isInstanceOf(LoginThrottledException.class);
    }

    @Test
    void anAccountStoreThatCannotBeReached_isNoFailedSignIn() {
        var provider = new ThrottledAuthenticationProvider(
                new AuthenticationProvider() {
                    @Override
                    public Authentication authenticate(Authentication authentication) {
                        throw new InternalAuthenticationServiceException("database down");
                    }

                    @Override
                    public boolean supports(Class<?> authentication) {
                        return true;
                    }
                },
                guesses());

        for (int i = 0; i < 20; i++) {
            assertThatThrownBy(() -> provider.authenticate(attempt("admin")))
                    .isInstanceOf(InternalAuthenticationServiceException.class);
        }
    }

    @Test
    void failuresFromOneAddress_neverHoldTheOwnerSigningInFromAnother() {
        var provider = new ThrottledAuthenticationProvider(
                new AuthenticationProvider() {
                    @Override
                    public Authentication authenticate(Authentication authentication) {
                        if ("right".equals(authentication.getCredentials())) {
                            return UsernamePasswordAuthenticationToken.authenticated(
                                    authentication.getName(), null, java.util.List.of());
                        }
                        throw new BadCredentialsException("wrong");
                    }

                    @Override
                    public boolean supports(Class<?> authentication) {
                        return true;
                    }
                },
                guesses());
        for (int i = 0; i < 40; i++) {
            try {
                provider.authenticate(attempt("kenji", "wrong", "203.0.113.9"));
            } catch (BadCredentialsException | LoginThrottledException expected) {
                // the guesser is refused, and soon held
            }
        }
        assertThatThrownBy(() -> provider.authenticate(attempt("kenji", "right", "203.0.113.9")))
                .isInstanceOf(LoginThrottledException.class);

        assertThat(provider.authenticate(attempt("KENJI", "right", "198.51.100.20"))
                        .isAuthenticated())
                .isTrue();
    }

    private GuessThrottle guesses() {
        return new GuessThrottle(new FailureThrottle(clock, 100, 5), new FailureThrottle(clock, 1_000, 50));
    }

    private static Authentication attempt(String user) {
        return attempt(user, "wrong", "203.0.113.9");
    }

    private static Authentication attempt(String user, String password, String address) {
        var token = UsernamePasswordAuthenticationToken.unauthenticated(user, password);
        var request = new org.springframework.mock.web.MockHttpServletRequest();
        request.setRemoteAddr(address);
        token.setDetails(new WebAuthenticationDetails(request));
        return token;
    }

    /** A clock the test moves by hand. */
    static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant start) {
            this.now = start;
        }

        void move(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
