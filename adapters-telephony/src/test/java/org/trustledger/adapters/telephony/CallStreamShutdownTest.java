package org.trustledger.adapters.telephony;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Open streams end when the product stops, so that the web server's graceful shutdown has no request left that
 * would only end at its grace period (30 s), and the stop logs no timeouts of streams.
 */
class CallStreamShutdownTest {

    @Test
    void stopping_endsEveryOpenStream_andHearsNoMoreListeners() {
        CallStream stream = new CallStream();
        stream.start();
        stream.listen(Locale.JAPANESE);
        stream.listen(Locale.ENGLISH);
        assertThat(stream.listening()).isEqualTo(2);

        stream.stop();

        assertThat(stream.listening()).isZero();
        assertThat(stream.isRunning()).isFalse();
        // Before the web server's graceful shutdown (phase Integer.MAX_VALUE - 1024) starts waiting.
        assertThat(stream.getPhase()).isGreaterThan(Integer.MAX_VALUE - 1024);
    }
}
