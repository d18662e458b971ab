package org.trustledger.domain.trust;

import java.time.Instant;
import java.util.List;

/** The faded bad and good weight at a moment, and the score they make: bad minus good, good at most the cap. */
record Totals(double bad, double good, double score) {

    static Totals of(double bad, double good, TrustPolicySettings settings) {
        return new Totals(bad, good, bad - Math.min(good, settings.goodCreditCap()));
    }

    /** Sums every piece of evidence at {@code t}, in the order given, each at the weight it counts with then. */
    static Totals at(List<Evidence> evidence, Instant t, TrustPolicySettings settings) {
        double bad = 0;
        double good = 0;
        for (Evidence e : evidence) {
            double weight = e.countedWeight(t, settings.negligibleWeight());
            if (e.kind().bad()) {
                bad += weight;
            } else {
                good += weight;
            }
        }
        return of(bad, good, settings);
    }
}
