package org.trustledger.adapters.web.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The dashboard's sessions.
 *
 * @param maxPerAccount how many dashboard sessions one account holds at once; signing in once more ends the oldest
 */
@ConfigurationProperties("trustledger.sessions")
public record SessionProperties(@DefaultValue("3") int maxPerAccount) {
    public SessionProperties {
        if (maxPerAccount < 1) {
            throw new IllegalArgumentException("trustledger.sessions.max-per-account must be at least 1");
        }
    }
}
