package org.trustledger.bootstrap;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The contact log's settings, under {@code trustledger.contacts.*}.
 *
 * @param retention how long a logged contact (a call, an e-mail) is kept; 90 days when absent
 * @param purgeInterval how often one node forgets the contacts older than the retention (and the access log's entries
 *     older than theirs); hourly when absent
 */
@ConfigurationProperties("trustledger.contacts")
public record ContactProperties(Duration retention, Duration purgeInterval) {
    public ContactProperties {
        retention = retention == null || retention.isNegative() || retention.isZero() ? Duration.ofDays(90) : retention;
        purgeInterval = purgeInterval == null || purgeInterval.isNegative() || purgeInterval.isZero()
                ? Duration.ofHours(1)
                : purgeInterval;
    }
}
