package org.trustledger.adapters.web.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The client as trusted proxies report it, and only as they report it. */
class ForwardedClientTest {
    final ForwardedClient proxies = new ForwardedClient(List.of("127.0.0.1", "10.0.0.0/8", "::1"));

    @Test
    void onlyAListedPeer_isTrusted() {
        assertThat(proxies.trusts("127.0.0.1")).isTrue();
        assertThat(proxies.trusts("10.20.30.40")).isTrue();
        assertThat(proxies.trusts("0:0:0:0:0:0:0:1")).isTrue();
        assertThat(proxies.trusts("11.0.0.1")).isFalse();
        assertThat(proxies.trusts("localhost")).isFalse();
        assertThat(new ForwardedClient(List.of()).trusts("127.0.0.1")).isFalse();
    }

    @Test
    void theClient_isTheNearestAddressThatIsNoTrustedProxy_soAWrittenInAddressIsNotBelieved() {
        assertThat(proxies.client("127.0.0.1", List.of(), List.of("203.0.113.5")))
                .contains("203.0.113.5");
        // The client wrote 192.0.2.1 itself; nginx appended the address it saw.
        assertThat(proxies.client("127.0.0.1", List.of(), List.of("192.0.2.1, 203.0.113.5")))
                .contains("203.0.113.5");
        assertThat(proxies.client("127.0.0.1", List.of(), List.of("203.0.113.5, 10.0.0.7")))
                .contains("203.0.113.5");
        assertThat(proxies.client("127.0.0.1", List.of(), List.of("not-an-address")))
                .isEmpty();
        assertThat(proxies.client("127.0.0.1", List.of(), List.of())).isEmpty();
    }

    @Test
    void forwarded_isReadAsRfc7239WritesIt_beforeXForwardedFor() {
        assertThat(proxies.client(
                        "127.0.0.1",
                        List.of("for=192.0.2.60;proto=https, for=\"[2001:db8::17]:4711\""),
                        List.of("198.51.100.1")))
                .contains("2001:db8:0:0:0:0:0:17");
        assertThat(proxies.client("127.0.0.1", List.of("for=203.0.113.9:5000"), List.of()))
                .contains("203.0.113.9");
        assertThat(proxies.scheme(List.of("for=192.0.2.60;proto=https"), List.of("http")))
                .contains("https");
    }

    @Test
    void theScheme_isHttpsOnlyWhenEveryProxySaidSo() {
        assertThat(proxies.scheme(List.of(), List.of("https"))).contains("https");
        assertThat(proxies.scheme(List.of(), List.of("HTTPS, https"))).contains("https");
        assertThat(proxies.scheme(List.of(), List.of("http"))).contains("http");
        assertThat(proxies.scheme(List.of(), List.of("https, http"))).isEmpty();
        assertThat(proxies.scheme(List.of(), List.of("gopher"))).isEmpty();
        assertThat(proxies.scheme(List.of(), List.of())).isEmpty();
    }

    @Test
    void aSettingThatIsNoAddressOrBlock_stopsTheStart_sayingWhich() {
        assertThatThrownBy(() -> new ForwardedClient(List.of("proxy.example.jp")))
                .hasMessageContaining("proxy.example.jp");
        assertThatThrownBy(() -> new ForwardedClient(List.of("10.0.0.0/33"))).hasMessageContaining("10.0.0.0/33");
        assertThatThrownBy(() -> new ForwardedClient(List.of("300.1.1.1"))).hasMessageContaining("300.1.1.1");
    }
}
