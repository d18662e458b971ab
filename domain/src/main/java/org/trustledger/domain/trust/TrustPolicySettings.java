package org.trustledger.domain.trust;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import org.trustledger.domain.InvalidValueException;
import org.trustledger.domain.party.Severity;
import org.trustledger.domain.party.ShortfallReason;

/**
 * The weights, half-lives and thresholds of {@link TrustPolicy}; configuration, not code, so the shop can tune them.
 *
 * <p>The score is "higher is worse": bad evidence adds its faded weight, good evidence subtracts its faded weight but
 * never more than {@code goodCreditCap} in total. See {@link #defaults()} for the reasoning behind the numbers.
 *
 * @param troubleWeights weight of a logged trouble, by severity; every severity must be present
 * @param shortfallWeights weight of a short or late payment, by reason; every reason must be present
 * @param troubleHalfLife time after which a trouble or a short payment weighs half as much
 * @param nameWithheldWeight weight of a caller who withheld their full name
 * @param nameWithheldHalfLife time after which a withheld name weighs half as much; soft evidence fades fast
 * @param acceptedJobCredit good weight of an accepted request that was not followed by trouble
 * @param settledShortfallCredit good weight of a shortfall paid in full
 * @param goodHalfLife time after which good evidence weighs half as much
 * @param jobProbation how long after an accepted request a trouble still spoils it; it counts only after this
 * @param goodCreditCap the most that good evidence can take off the score, so a good record never buys off troubles
 * @param watchEnter score at or above which a calm party enters WATCH
 * @param watchExit score below which a party leaves WATCH; below {@code watchEnter}, so the tier does not flicker
 * @param unreliableEnter score at or above which a party enters UNRELIABLE
 * @param unreliableExit score below which a party leaves UNRELIABLE; below {@code unreliableEnter}
 * @param negligibleWeight faded weight below which a piece of evidence no longer counts or shows as a reason
 * @param tierCheckInterval longest gap between two evaluations of the tier, so fading out of a tier is noticed even
 *     when nothing is recorded
 */
public record TrustPolicySettings(
        Map<Severity, Double> troubleWeights,
        Map<ShortfallReason, Double> shortfallWeights,
        Duration troubleHalfLife,
        double nameWithheldWeight,
        Duration nameWithheldHalfLife,
        double acceptedJobCredit,
        double settledShortfallCredit,
        Duration goodHalfLife,
        Duration jobProbation,
        double goodCreditCap,
        double watchEnter,
        double watchExit,
        double unreliableEnter,
        double unreliableExit,
        double negligibleWeight,
        Duration tierCheckInterval) {

    public TrustPolicySettings {
        troubleWeights = complete("troubleWeights", troubleWeights, Severity.class);
        shortfallWeights = complete("shortfallWeights", shortfallWeights, ShortfallReason.class);
        positive("troubleHalfLife", troubleHalfLife);
        positive("nameWithheldHalfLife", nameWithheldHalfLife);
        positive("goodHalfLife", goodHalfLife);
        positive("tierCheckInterval", tierCheckInterval);
        InvalidValueException.requireValue("jobProbation", jobProbation);
        if (jobProbation.isNegative()) {
            throw new InvalidValueException("jobProbation", "jobProbation must not be negative");
        }
        nonNegative("nameWithheldWeight", nameWithheldWeight);
        nonNegative("acceptedJobCredit", acceptedJobCredit);
        nonNegative("settledShortfallCredit", settledShortfallCredit);
        nonNegative("goodCreditCap", goodCreditCap);
        // Zero would keep every piece of evidence forever and make the fading pointless.
        positiveNumber("negligibleWeight", negligibleWeight);
        // A positive exit level means a party with no bad evidence left is always calm.
        positiveNumber("watchExit", watchExit);
        below("watchExit", watchExit, "watchEnter", watchEnter);
        below("unreliableExit", unreliableExit, "unreliableEnter", unreliableEnter);
        below("watchEnter", watchEnter, "unreliableEnter", unreliableEnter);
        below("watchExit", watchExit, "unreliableExit", unreliableExit);
    }

    /**
     * The shop's starting point.
     *
     * <ul>
     *   <li>Troubles weigh MINOR 1, MAJOR 3, SEVERE 6 and halve every 180 days.
     *   <li>WATCH from 3 (one MAJOR, or one SEVERE), left below 2; UNRELIABLE from 7, left below 5.
     *   <li>Two SEVERE troubles within a few months are UNRELIABLE (6 + 6 × 0.5^(90/180) ≈ 10.2, still ≈ 7.7 with the
     *       full good credit taken off; with that credit up to about 140 days apart, without it up to about 15 months).
     *       Two MAJOR troubles (at most 6) are WATCH only: the shop's "two strikes" rule is about SEVERE troubles, and a
     *       third MAJOR close by makes UNRELIABLE.
     *   <li>Good evidence: 0.5 per accepted job without trouble in the 30 days after it, 0.5 per shortfall paid in
     *       full, halving every 365 days, at most 2.5 in total: five good jobs absorb a MAJOR trouble, nothing absorbs
     *       a SEVERE one.
     *   <li>A withheld full name weighs like a MINOR trouble but halves every 30 days.
     *   <li>Short payments weigh by reason: a deducted bank fee 0.5, late 1, a unilateral reduction, a discount demanded
     *       after the work, a promised cost not paid or an unpaid invoice 3.
     * </ul>
     */
    public static TrustPolicySettings defaults() {
        Map<Severity, Double> troubles = new EnumMap<>(Severity.class);
        troubles.put(Severity.MINOR, 1.0);
        troubles.put(Severity.MAJOR, 3.0);
        troubles.put(Severity.SEVERE, 6.0);
        Map<ShortfallReason, Double> shortfalls = new EnumMap<>(ShortfallReason.class);
        shortfalls.put(ShortfallReason.BANK_FEE_DEDUCTED, 0.5);
        shortfalls.put(ShortfallReason.LATE, 1.0);
        shortfalls.put(ShortfallReason.UNILATERAL_REDUCTION, 3.0);
        shortfalls.put(ShortfallReason.DISCOUNT_AFTER_WORK, 3.0);
        shortfalls.put(ShortfallReason.PROMISED_COST_NOT_PAID, 3.0);
        shortfalls.put(ShortfallReason.UNPAID, 3.0);
        return new TrustPolicySettings(
                troubles,
                shortfalls,
                Duration.ofDays(180),
                1.0,
                Duration.ofDays(30),
                0.5,
                0.5,
                Duration.ofDays(365),
                Duration.ofDays(30),
                2.5,
                3.0,
                2.0,
                7.0,
                5.0,
                0.05,
                Duration.ofDays(1));
    }

    private static <K extends Enum<K>> Map<K, Double> complete(String field, Map<K, Double> weights, Class<K> keys) {
        InvalidValueException.requireValue(field, weights);
        Map<K, Double> copy = new EnumMap<>(keys);
        for (K key : keys.getEnumConstants()) {
            Double weight = weights.get(key);
            if (weight == null) {
                throw new InvalidValueException(field, field + " has no weight for " + key);
            }
            nonNegative(field + "." + key, weight);
            copy.put(key, weight);
        }
        return Map.copyOf(copy);
    }

    private static void positive(String field, Duration value) {
        InvalidValueException.requireValue(field, value);
        if (value.isNegative() || value.isZero()) {
            throw new InvalidValueException(field, field + " must be longer than zero");
        }
    }

    private static void nonNegative(String field, double value) {
        if (!Double.isFinite(value) || value < 0) {
            throw new InvalidValueException(field, field + " must be a number of at least 0, got " + value);
        }
    }

    private static void positiveNumber(String field, double value) {
        if (!Double.isFinite(value) || value <= 0) {
            throw new InvalidValueException(field, field + " must be a number above 0, got " + value);
        }
    }

    private static void below(String lowField, double low, String highField, double high) {
        if (!Double.isFinite(high) || !(low < high)) {
            throw new InvalidValueException(
                    lowField, lowField + " (" + low + ") must be below " + highField + " (" + high + ")");
        }
    }
}
