package org.trustledger.adapters.web.support;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits on how a client may send a request body, so that slow senders cannot hold the server's workers.
 *
 * @param bodyReadTimeout the whole body must have arrived within this time after the headers, or the request is
 *     answered 408 and the connection closed
 * @param concurrentBodyReads how many requests may be sending their bodies at once; more are answered 503 at once.
 *     Keep it well below {@code server.tomcat.threads.max}, so that reads always have workers left
 */
@ConfigurationProperties("trustledger.edge")
public record EdgeProperties(
        @DefaultValue("10s") Duration bodyReadTimeout,
        @DefaultValue("100") int concurrentBodyReads) {
    public EdgeProperties {
        if (bodyReadTimeout.isNegative() || bodyReadTimeout.isZero()) {
            throw new IllegalArgumentException("trustledger.edge.body-read-timeout must be positive");
        }
        if (concurrentBodyReads < 1) {
            throw new IllegalArgumentException("trustledger.edge.concurrent-body-reads must be at least 1");
        }
    }
}
