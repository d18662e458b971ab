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
 * @param crowdedThreshold a key shared by more known parties than this counts for half, and only as weak evidence
 * @param provisionalCallerVerdict what a caller whose own party awaits a manager's review of a suspected rename gets:
 *     CAUTION (the default) or REFUSE
 */
public record ScreeningSettings(
        MatchWeights matchWeights,
        double minimumMatchScore,
        double requesterMatchScore,
        int crowdedThreshold,
        Verdict provisionalCallerVerdict) {

    /** A toll-free number alone is still shown; a phone or account of one's own identifies; six sharers is a crowd. */
    public static final ScreeningSettings DEFAULTS =
            new ScreeningSettings(MatchWeights.DEFAULTS, 0.3, 0.9, 5, Verdict.CAUTION);

    /** Settings under which a caller under review is asked questions rather than refused. */
    public ScreeningSettings(
            MatchWeights matchWeights, double minimumMatchScore, double requesterMatchScore, int crowdedThreshold) {
        this(matchWeights, minimumMatchScore, requesterMatchScore, crowdedThreshold, Verdict.CAUTION);
    }

    public ScreeningSettings {
        InvalidValueException.requireValue("matchWeights", matchWeights);
        checkScore("minimumMatchScore", minimumMatchScore);
        checkScore("requesterMatchScore", requesterMatchScore);
        if (crowdedThreshold < 1) {
            throw new InvalidValueException(
                    "crowdedThreshold",
                    "the crowded threshold is a number of parties, at least 1, got " + crowdedThreshold);
        }
        if (provisionalCallerVerdict != Verdict.CAUTION && provisionalCallerVerdict != Verdict.REFUSE) {
            throw new InvalidValueException(
                    "provisionalCallerVerdict",
                    "a caller under review is answered CAUTION or REFUSE, got " + provisionalCallerVerdict);
        }
    }

    private static void checkScore(String field, double score) {
        if (!(score >= 0.0 && score <= 1.0)) {
            throw new InvalidValueException(field, "a match score is between 0 and 1, got " + score);
        }
    }
}
