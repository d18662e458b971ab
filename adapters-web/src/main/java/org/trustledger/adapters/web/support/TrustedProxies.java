package org.trustledger.adapters.web.support;

import jakarta.servlet.ServletException;
import java.io.IOException;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Behind a trusted reverse proxy, the client's address and scheme are the ones the proxy saw, so throttling counts
 * per real client and, over HTTPS, the session cookie is {@code Secure} and {@code Strict-Transport-Security} is sent.
 * Done as a Tomcat valve, before anything reads the request: Tomcat decides on the session cookie's {@code Secure}
 * flag from its own request, which no servlet filter can change.
 */
@Component
@EnableConfigurationProperties(TrustedProxyProperties.class)
class TrustedProxies implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {
    private final ForwardedClient forwarded;

    TrustedProxies(TrustedProxyProperties properties) {
        this.forwarded = new ForwardedClient(properties.trustedProxies());
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addEngineValves(new Valve(forwarded));
    }

    /** Takes the client from the proxy's headers when, and only when, the direct peer is a trusted proxy. */
    static final class Valve extends ValveBase {
        private final ForwardedClient forwarded;

        Valve(ForwardedClient forwarded) {
            super(true);
            this.forwarded = forwarded;
        }

        @Override
        public void invoke(Request request, Response response) throws IOException, ServletException {
            if (!forwarded.trusts(request.getRemoteAddr())) {
                getNext().invoke(request, response);
                return;
            }
            String remoteAddr = request.getRemoteAddr();
            String remoteHost = request.getRemoteHost();
            boolean secure = request.isSecure();
            String scheme = request.getScheme();
            int port = request.getServerPort();
            try {
                List<String> forwardedHeaders = headers(request, "Forwarded");
                forwarded
                        .client(remoteAddr, forwardedHeaders, headers(request, "X-Forwarded-For"))
                        .ifPresent(client -> {
                            request.setRemoteAddr(client);
                            request.setRemoteHost(client);
                        });
                Optional<String> proto = forwarded.scheme(forwardedHeaders, headers(request, "X-Forwarded-Proto"));
                proto.ifPresent(p -> {
                    boolean https = p.equals("https");
                    request.setSecure(https);
                    request.getCoyoteRequest().scheme().setString(p);
                    request.setServerPort(https ? 443 : 80);
                });
                getNext().invoke(request, response);
            } finally {
                request.setRemoteAddr(remoteAddr);
                request.setRemoteHost(remoteHost);
                request.setSecure(secure);
                request.getCoyoteRequest().scheme().setString(scheme);
                request.setServerPort(port);
            }
        }

        private static List<String> headers(Request request, String name) {
            return Collections.list(request.getHeaders(name));
        }
    }
}
