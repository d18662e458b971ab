package org.trustledger.bootstrap;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the product itself.
 *
 * @param dataDir where the embedded database keeps its files; created on first start
 */
@ConfigurationProperties("trustledger")
public record TrustLedgerProperties(Path dataDir) {
    public TrustLedgerProperties {
        dataDir = dataDir == null ? Path.of("data") : dataDir;
    }
}
