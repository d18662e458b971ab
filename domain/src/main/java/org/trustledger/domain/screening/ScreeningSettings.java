package org.trustledger.domain.screening;

import org.trustledger.domain.InvalidValueException;
import org.trustledger.domain.identity.MatchWeights;

/**
 * The tunable parts of intake screening: configuration rather than code, since the shop learns over time what a
 * match is worth.
 *
 * @param matchWeights how much each kind of shared attribute weighs
 * @param minimumMatchScore the combined score from which a known party is listed as a match; parties a reason names
 *     are listed whatever their score
 * @param requesterMatchScore the combined score from which a known party sharing the caller's own phone or bank
 *     account is taken to be the caller, when no company name was given
 * @param crowdedThreshold a key shared by more known parties than this counts for half, and never as strong evidence
 */
public record ScreeningSettings(
        MatchWeights matchWeights, double minimumMatchScore, double requesterMatchScore, int crowdedThreshold) {

    /** A toll-free number alone is still shown; a phone or account of one's own identifies; six sharers is a crowd. */
    public static final ScreeningSettings DEFAULTS = new ScreeningSettings(MatchWeights.DEFAULTS, 0.3, 0.9, 5);

    public ScreeningSettings {
        InvalidValueException.requireValue("matchWeights", matchWeights);
        checkScore("minimumMatchScore", minimumMatchScore);
        checkScore("requesterMatchScore", requesterMatchScore);
        if (crowdedThreshold < 1) {
            throw new InvalidValueException(
                    "crowdedThreshold",
                    "the crowded threshold is a number of parties, at least 1, got " + crowdedThreshold);
        }
    }

    private static void checkScore(String field, double score) {
        if (!(score >= 0.0 && score <= 1.0)) {
            throw new InvalidValueException(field, "a match score is between 0 and 1, got " + score);
        }
    }
}
