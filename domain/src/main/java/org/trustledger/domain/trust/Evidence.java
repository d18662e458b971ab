package org.trustledger.domain.trust;

import java.time.Duration;
import java.time.Instant;
import org.trustledger.domain.party.Severity;

/**
 * One piece of evidence: it counts from {@code from} until {@code until} (open-ended when null), and fades from
 * {@code evidenceAt} as {@code weight × 0.5^(age / halfLife)}.
 */
record Evidence(
        EvidenceKind kind,
        long sequence,
        Severity severity,
        double weight,
        Duration halfLife,
        Instant evidenceAt,
        Instant from,
        Instant until) {

    private static final double NANOS_PER_SECOND = 1e9;
    /** A thousand years: nothing the shop records fades out later than that for the policy to care. */
    private static final double MAX_FADE_SECONDS = 1000 * 365.25 * 86_400;

    /** The weight it carries at {@code t}, or zero when it does not count then: not yet, no longer, or faded out. */
    double countedWeight(Instant t, double negligibleWeight) {
        if (from.isAfter(t) || (until != null && !t.isBefore(until))) {
            return 0;
        }
        double faded = fadedWeight(t);
        return faded < negligibleWeight ? 0 : faded;
    }

    /** The faded weight at {@code t}, whether or not it counts then; never more than the full weight. */
    double fadedWeight(Instant t) {
        return weight * Math.pow(0.5, ageSeconds(evidenceAt, t) / seconds(halfLife));
    }

    /**
     * When the faded weight drops below {@code negligibleWeight}, worked out from the half-life rather than found by
     * trying; as a floating-point estimate it can be off by a rounding error, so callers confirm with
     * {@link #fadedWeight}. Null when that lies too far ahead to matter.
     */
    Instant fadesOutAround(double negligibleWeight) {
        double halfLives = Math.log(weight / negligibleWeight) / Math.log(2);
        double afterSeconds = halfLives * seconds(halfLife);
        if (!(afterSeconds < MAX_FADE_SECONDS)) {
            return null;
        }
        if (!(afterSeconds > 0)) {
            return evidenceAt;
        }
        long whole = (long) Math.floor(afterSeconds);
        long nanos = (long) ((afterSeconds - whole) * NANOS_PER_SECOND);
        return evidenceAt.plusSeconds(whole).plusNanos(nanos);
    }

    /**
     * Seconds from {@code from} to {@code to}, zero when {@code to} is earlier; the same value, to the last bit, as
     * {@code Duration.between(from, to)} in seconds, without making a {@code Duration} each time.
     */
    static double ageSeconds(Instant from, Instant to) {
        long seconds = to.getEpochSecond() - from.getEpochSecond();
        long nanos = (long) to.getNano() - from.getNano();
        if (nanos < 0) {
            seconds--;
            nanos += 1_000_000_000L;
        }
        return seconds < 0 ? 0 : seconds + nanos / NANOS_PER_SECOND;
    }

    static double seconds(Duration duration) {
        return duration.getSeconds() + duration.getNano() / NANOS_PER_SECOND;
    }
}
