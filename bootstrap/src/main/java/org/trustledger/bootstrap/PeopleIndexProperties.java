package org.trustledger.bootstrap;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The people index's settings, under {@code trustledger.people-index.*} (README, "Personal data").
 *
 * @param fill on a ledger upgraded with entries recorded before the people index existed, start the rebuild that files
 *     them, once, in the background; on when absent. Off, a manager's rebuild files them
 * @param fillRetry how long a node that found another rebuild running waits before it looks again; a minute when absent
 */
@ConfigurationProperties("trustledger.people-index")
public record PeopleIndexProperties(Boolean fill, Duration fillRetry) {
    public PeopleIndexProperties {
        fillRetry =
                fillRetry == null || fillRetry.isNegative() || fillRetry.isZero() ? Duration.ofMinutes(1) : fillRetry;
    }

    public boolean fillOrDefault() {
        return fill == null || fill;
    }
}
