package org.trustledger.adapters.web.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Limits on failed sign-ins per hour: per account (ASVS 2.2.1: at most 100) and per client address; past the free
 * failures, each further attempt waits a delay that doubles.
 */
@ConfigurationProperties("trustledger.login-throttle")
public record LoginThrottleProperties(
        Integer accountFailuresPerHour,
        Integer accountFreeFailures,
        Integer addressFailuresPerHour,
        Integer addressFreeFailures) {
    public LoginThrottleProperties {
        accountFailuresPerHour = accountFailuresPerHour == null ? 100 : Math.min(accountFailuresPerHour, 100);
        accountFreeFailures = accountFreeFailures == null ? 5 : accountFreeFailures;
        addressFailuresPerHour = addressFailuresPerHour == null ? 1_000 : addressFailuresPerHour;
        addressFreeFailures = addressFreeFailures == null ? 50 : addressFreeFailures;
    }
}
