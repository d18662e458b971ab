package org.trustledger.adapters.web.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The first manager, from {@code TRUSTLEDGER_ADMIN_USERNAME} and {@code TRUSTLEDGER_ADMIN_PASSWORD}; without a
 * password, one is generated once, when no account exists yet, and stored hashed.
 */
@ConfigurationProperties("trustledger.admin")
public record AdminAccountProperties(String username, String password) {
    public AdminAccountProperties {
        username = username == null || username.isBlank() ? "admin" : username.strip();
    }
}
