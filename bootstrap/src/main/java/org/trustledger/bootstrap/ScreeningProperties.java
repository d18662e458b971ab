package org.trustledger.bootstrap;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.trustledger.domain.identity.MatchWeights;
import org.trustledger.domain.screening.ScreeningSettings;
import org.trustledger.domain.screening.Verdict;

/**
 * Screening's thresholds and the weight of each kind of identity evidence, under {@code trustledger.screening.*};
 * any left out keeps the default of {@link ScreeningSettings#DEFAULTS}.
 */
@ConfigurationProperties("trustledger.screening")
public record ScreeningProperties(
        Double minimumMatchScore,
        Double requesterMatchScore,
        Integer crowdedThreshold,
        Verdict provisionalCaller,
        Weights weights) {

    /** The weight, 0 to 1, of each kind of evidence that two parties are one business. */
    public record Weights(
            Double phone,
            Double sharedServicePhone,
            Double sameFloorOrRoom,
            Double sameBuilding,
            Double sameStreetAddress,
            Double bankAccount,
            Double representative,
            Double name,
            Double caller,
            Double email,
            Double webDomain) {}

    public ScreeningSettings toSettings() {
        ScreeningSettings d = ScreeningSettings.DEFAULTS;
        MatchWeights w = d.matchWeights();
        Weights given = weights != null
                ? weights
                : new Weights(null, null, null, null, null, null, null, null, null, null, null);
        return new ScreeningSettings(
                new MatchWeights(
                        or(given.phone(), w.phone()),
                        or(given.sharedServicePhone(), w.sharedServicePhone()),
                        or(given.sameFloorOrRoom(), w.sameFloorOrRoom()),
                        or(given.sameBuilding(), w.sameBuilding()),
                        or(given.sameStreetAddress(), w.sameStreetAddress()),
                        or(given.bankAccount(), w.bankAccount()),
                        or(given.representative(), w.representative()),
                        or(given.name(), w.name()),
                        or(given.caller(), w.caller()),
                        or(given.email(), w.email()),
                        or(given.webDomain(), w.webDomain())),
                or(minimumMatchScore, d.minimumMatchScore()),
                or(requesterMatchScore, d.requesterMatchScore()),
                or(crowdedThreshold, d.crowdedThreshold()),
                or(provisionalCaller, d.provisionalCallerVerdict()));
    }

    private static <T> T or(T configured, T fallback) {
        return configured != null ? configured : fallback;
    }
}
