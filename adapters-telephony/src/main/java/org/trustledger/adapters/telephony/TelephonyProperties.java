package org.trustledger.adapters.telephony;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The incoming-call adapter's settings.
 *
 * @param token the shared secret the phone system sends in {@code X-Telephony-Token}; without one the webhook is off
 * @param callLogSize how many calls the in-memory call log keeps, newest first
 */
@ConfigurationProperties("trustledger.telephony")
public record TelephonyProperties(String token, Integer callLogSize) {

    public TelephonyProperties {
        callLogSize = callLogSize == null || callLogSize < 1 ? 200 : callLogSize;
    }

    boolean enabled() {
        return token != null && !token.isBlank();
    }
}
