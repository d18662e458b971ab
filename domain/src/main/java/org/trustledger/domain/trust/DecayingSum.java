package org.trustledger.domain.trust;

import java.time.Duration;
import java.time.Instant;

/**
 * The faded total of pieces of evidence sharing one half-life, kept up to date as time moves forward instead of summed
 * again: since every piece halves in the same time, so does their sum, and one multiplication re-bases it to a later
 * moment. A piece is added when it starts to count and subtracted, at its weight then, when it stops.
 */
final class DecayingSum {
    private final double halfLifeSeconds;
    private double total;
    private int count;
    private Instant at;

    DecayingSum(Duration halfLife) {
        this.halfLifeSeconds = Evidence.seconds(halfLife);
    }

    /** Fades the total to moment {@code t}, which must not be earlier than the last one. */
    void advanceTo(Instant t) {
        if (at != null && count > 0 && !t.equals(at)) {
            total *= Math.pow(0.5, Evidence.ageSeconds(at, t) / halfLifeSeconds);
        }
        at = t;
    }

    void add(double weightNow) {
        total += weightNow;
        count++;
    }

    void remove(double weightNow) {
        count--;
        // With nothing left the total is exactly zero, not the rounding left over from adding and subtracting.
        total = count == 0 ? 0 : Math.max(0, total - weightNow);
    }

    double total() {
        return total;
    }

    boolean isEmpty() {
        return count == 0;
    }
}
