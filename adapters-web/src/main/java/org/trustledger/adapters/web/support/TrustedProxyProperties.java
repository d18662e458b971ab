package org.trustledger.adapters.web.support;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The reverse proxies whose word on the client is taken.
 *
 * @param trustedProxies addresses or CIDR blocks ({@code 127.0.0.1}, {@code 10.0.0.0/8}, {@code ::1}); only a request
 *     whose direct peer is one of them has its client address and scheme read from {@code Forwarded},
 *     {@code X-Forwarded-For} and {@code X-Forwarded-Proto}. None by default: anyone could send those headers.
 */
@ConfigurationProperties("trustledger")
public record TrustedProxyProperties(List<String> trustedProxies) {
    public TrustedProxyProperties {
        trustedProxies = trustedProxies == null ? List.of() : List.copyOf(trustedProxies);
    }
}
