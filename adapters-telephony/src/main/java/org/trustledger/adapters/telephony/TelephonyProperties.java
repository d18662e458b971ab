package org.trustledger.adapters.telephony;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The incoming-call adapter's settings.
 *
 * @param token the shared secret the phone system sends in {@code X-Telephony-Token}; without one the webhook is off
 */
@ConfigurationProperties("trustledger.telephony")
public record TelephonyProperties(String token) {

    boolean enabled() {
        return token != null && !token.isBlank();
    }
}
