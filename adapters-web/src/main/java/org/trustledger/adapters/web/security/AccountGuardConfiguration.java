package org.trustledger.adapters.web.security;

import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.trustledger.adapters.common.throttle.FailureThrottle;
import org.trustledger.adapters.common.throttle.GuessThrottle;
import org.trustledger.adapters.common.throttle.InMemoryFailedGuesses;
import org.trustledger.application.port.out.FailedGuesses;
import org.trustledger.application.port.out.StaffAccounts;

/**
 * What keeps accounts safe beyond the security chains: the check of a signed-in session against its account on
 * every request, and the one throttle of guessed secrets that sign-in, the password change and other adapters'
 * shared tokens all count in.
 */
@Configuration(proxyBeanMethods = false)
class AccountGuardConfiguration {

    /** Before Spring Security's filter chain, so no chain ever reads a session whose account has changed. */
    @Bean
    FilterRegistrationBean<SignedInAccountCheck> signedInAccountCheck(StaffAccounts accounts) {
        var registration = new FilterRegistrationBean<>(new SignedInAccountCheck(accounts));
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1);
        return registration;
    }

    /**
     * Counts in the database when the product brings {@link FailedGuesses} there, so every node behind a balancer
     * counts the same guesses; in memory otherwise.
     */
    @Bean
    GuessThrottle guessThrottle(Clock clock, LoginThrottleProperties limits, ObjectProvider<FailedGuesses> stores) {
        return throttle(clock, limits, stores.getIfAvailable(InMemoryFailedGuesses::new));
    }

    /** One count of failures per account and one per client address, both kept in {@code failures}. */
    static GuessThrottle throttle(Clock clock, LoginThrottleProperties limits, FailedGuesses failures) {
        return new GuessThrottle(
                new FailureThrottle(failures, clock, limits.accountFailuresPerHour(), limits.accountFreeFailures()),
                new FailureThrottle(failures, clock, limits.addressFailuresPerHour(), limits.addressFreeFailures()));
    }
}
