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

/** Throttling of failed sign-ins, on a clock the test moves: nothing here sleeps. */
class LoginThrottleTest {
    final MovableClock clock = new MovableClock(Instant.parse("2026-01-01T00:00:00Z"));
    final LoginThrottle throttle = new LoginThrottle(clock, 100, 5);

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
        LoginThrottle noDelay = new LoginThrottle(clock, 100, 1_000);
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
        var provider = new ThrottledAuthenticationProvider(
                passwords, new LoginThrottle(clock, 100, 5), new LoginThrottle(clock, 1_000, 50));

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
                new LoginThrottle(clock, 100, 5),
                new LoginThrottle(clock, 1_000, 50));
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
                new LoginThrottle(clock, 100, 5),
                new LoginThrottle(clock, 1_000, 50));

        for (int i = 0; i < 20; i++) {
            assertThatThrownBy(() -> provider.authenticate(attempt("admin")))
                    .isInstanceOf(InternalAuthenticationServiceException.class);
        }
    }

    private static Authentication attempt(String user) {
        var token = UsernamePasswordAuthenticationToken.unauthenticated(user, "wrong");
        var request = new org.springframework.mock.web.MockHttpServletRequest();
        request.setRemoteAddr("203.0.113.9");
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
