package org.trustledger.bootstrap;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How personal data is kept encrypted (README, "Personal data").
 *
 * @param masterKey base64 of the 32 random bytes every person's key is wrapped with; from {@code TRUSTLEDGER_MASTER_KEY}.
 *     Required on PostgreSQL; on the embedded database, when empty, a key file is made once beside the database
 * @param previousMasterKey the master key being rotated out, from {@code TRUSTLEDGER_PREVIOUS_MASTER_KEY}: at start,
 *     every person's key still wrapped with it is wrapped again with {@code masterKey}; empty when not rotating
 */
@ConfigurationProperties("trustledger.personal-data")
public record PersonalDataProperties(String masterKey, String previousMasterKey) {
    public boolean hasMasterKey() {
        return masterKey != null && !masterKey.isBlank();
    }

    public boolean rotating() {
        return previousMasterKey != null && !previousMasterKey.isBlank();
    }
}
