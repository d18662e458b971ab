package org.trustledger.bootstrap;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the product itself.
 *
 * @param dataDir where the embedded database keeps its files; created on first start
 * @param snapshotEvery after how many events of a party a snapshot of it is stored
 */
@ConfigurationProperties("trustledger")
public record TrustLedgerProperties(Path dataDir, Integer snapshotEvery) {
    public TrustLedgerProperties {
        dataDir = dataDir == null ? Path.of("data") : dataDir;
    }

    public int snapshotEveryOrDefault() {
        return snapshotEvery == null ? 100 : snapshotEvery;
    }
}
