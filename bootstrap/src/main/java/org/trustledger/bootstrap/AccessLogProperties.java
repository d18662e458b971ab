package org.trustledger.bootstrap;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The access log's settings, under {@code trustledger.access-log.*}.
 *
 * @param retention how long an auditor's read is kept, with what it searched for (a name, a number); a year when absent
 */
@ConfigurationProperties("trustledger.access-log")
public record AccessLogProperties(Duration retention) {
    public AccessLogProperties {
        retention = retention == null ? Duration.ofDays(365) : retention;
        if (retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("trustledger.access-log.retention must be positive");
        }
    }
}
