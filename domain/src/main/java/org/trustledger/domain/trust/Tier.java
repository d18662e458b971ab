package org.trustledger.domain.trust;

/**
 * How bad a party's record is, before the hard facts are applied: calm, WATCH or UNRELIABLE, each entered at one score
 * and left only below a lower one, so that a status does not flicker around a boundary.
 */
enum Tier {
    CALM,
    WATCH,
    UNRELIABLE;

    /** The tier a party in this tier moves to at {@code score}. */
    Tier next(double score, TrustPolicySettings settings) {
        return switch (this) {
            case CALM ->
                score >= settings.unreliableEnter() ? UNRELIABLE : score >= settings.watchEnter() ? WATCH : CALM;
            case WATCH ->
                score >= settings.unreliableEnter() ? UNRELIABLE : score < settings.watchExit() ? CALM : WATCH;
            case UNRELIABLE ->
                score >= settings.unreliableExit() ? UNRELIABLE : score >= settings.watchExit() ? WATCH : CALM;
        };
    }
}
