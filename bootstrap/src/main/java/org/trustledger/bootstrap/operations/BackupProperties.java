package org.trustledger.bootstrap.operations;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The embedded database's backups, under {@code trustledger.backups.*}.
 *
 * @param retention how long a backup in the backups directory is kept after it was taken, the newest verified one
 *     always excepted; 30 days when absent
 */
@ConfigurationProperties("trustledger.backups")
public record BackupProperties(Duration retention) {
    public BackupProperties {
        retention = retention == null ? Duration.ofDays(30) : retention;
        if (retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("trustledger.backups.retention must be positive");
        }
    }
}
