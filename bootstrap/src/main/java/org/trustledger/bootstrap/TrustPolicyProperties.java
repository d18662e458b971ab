package org.trustledger.bootstrap;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.trustledger.domain.party.Severity;
import org.trustledger.domain.party.ShortfallReason;
import org.trustledger.domain.trust.TrustPolicySettings;

/**
 * The trust policy's weights, half-lives and thresholds under {@code trustledger.trust.*}; any left out keeps the
 * default of {@link TrustPolicySettings#defaults()} (see the README for the meaning of each).
 */
@ConfigurationProperties("trustledger.trust")
public record TrustPolicyProperties(
        Map<Severity, Double> troubleWeights,
        Map<ShortfallReason, Double> shortfallWeights,
        Duration troubleHalfLife,
        Double nameWithheldWeight,
        Duration nameWithheldHalfLife,
        Double acceptedJobCredit,
        Double settledShortfallCredit,
        Duration goodHalfLife,
        Duration jobProbation,
        Double goodCreditCap,
        Double watchEnter,
        Double watchExit,
        Double unreliableEnter,
        Double unreliableExit,
        Double negligibleWeight,
        Duration tierCheckInterval,
        Duration refreshInterval) {

    /** How often every party is re-assessed, so that a status filter sees evidence fade; default one hour. */
    public Duration refreshIntervalOrDefault() {
        return refreshInterval == null ? Duration.ofHours(1) : refreshInterval;
    }

    public TrustPolicySettings toSettings() {
        TrustPolicySettings d = TrustPolicySettings.defaults();
        return new TrustPolicySettings(
                merged(d.troubleWeights(), troubleWeights, Severity.class),
                merged(d.shortfallWeights(), shortfallWeights, ShortfallReason.class),
                or(troubleHalfLife, d.troubleHalfLife()),
                or(nameWithheldWeight, d.nameWithheldWeight()),
                or(nameWithheldHalfLife, d.nameWithheldHalfLife()),
                or(acceptedJobCredit, d.acceptedJobCredit()),
                or(settledShortfallCredit, d.settledShortfallCredit()),
                or(goodHalfLife, d.goodHalfLife()),
                or(jobProbation, d.jobProbation()),
                or(goodCreditCap, d.goodCreditCap()),
                or(watchEnter, d.watchEnter()),
                or(watchExit, d.watchExit()),
                or(unreliableEnter, d.unreliableEnter()),
                or(unreliableExit, d.unreliableExit()),
                or(negligibleWeight, d.negligibleWeight()),
                or(tierCheckInterval, d.tierCheckInterval()));
    }

    private static <T> T or(T configured, T fallback) {
        return configured != null ? configured : fallback;
    }

    /** A weight given for one severity or reason replaces only that one. */
    private static <K extends Enum<K>> Map<K, Double> merged(
            Map<K, Double> defaults, Map<K, Double> given, Class<K> type) {
        Map<K, Double> result = new EnumMap<>(type);
        result.putAll(defaults);
        if (given != null) {
            result.putAll(given);
        }
        return result;
    }
}
