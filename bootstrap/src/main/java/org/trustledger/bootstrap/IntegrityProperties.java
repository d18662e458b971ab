package org.trustledger.bootstrap;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the ledger's tamper evidence.
 *
 * @param checkpointInterval how often a checkpoint of what was stored since the last one is written; removing events
 *     stored after the latest checkpoint shows only against the receipts their writers kept
 */
@ConfigurationProperties("trustledger.integrity")
public record IntegrityProperties(Duration checkpointInterval) {
    public IntegrityProperties {
        checkpointInterval = checkpointInterval == null ? Duration.ofMinutes(1) : checkpointInterval;
        if (checkpointInterval.isNegative() || checkpointInterval.isZero()) {
            throw new IllegalArgumentException("trustledger.integrity.checkpoint-interval must be positive");
        }
    }
}
