package org.trustledger.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A balancer sends traffic to a node only once its start-up work is done. The migrations run before the server
 * answers at all; the start-up runners (the demo ledger among them) run while it already answers, and then it must
 * answer not ready.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        classes = {TrustLedgerApplication.class, ReadinessTest.AskedDuringStartUp.class})
class ReadinessTest {
    static final List<Integer> ANSWERED_DURING_START_UP = new ArrayList<>();

    @TempDir
    static Path dataDir;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("trustledger.data-dir", () -> dataDir.toString());
        registry.add("trustledger.demo-data", () -> "true");
        registry.add("trustledger.admin.username", () -> "ops");
        registry.add("trustledger.admin.password", () -> "ops password");
    }

    /** Asks the probe as a balancer would, as one of the start-up runners. */
    @TestConfiguration(proxyBeanMethods = false)
    static class AskedDuringStartUp {
        @Bean
        @Order(Ordered.LOWEST_PRECEDENCE)
        ApplicationRunner askReadiness(Environment environment) {
            return args -> ANSWERED_DURING_START_UP.add(
                    new Api(environment.getRequiredProperty("local.server.port", Integer.class), "ops", "ops password")
                            .unauthenticated("/actuator/health/readiness")
                            .status());
        }
    }

    @Test
    void theNodeIsNotReady_whileItsStartUpWorkRuns_andReadyAfterwards() {
        assertThat(ANSWERED_DURING_START_UP).containsExactly(503);

        assertThat(new Api(port, "ops", "ops password")
                        .unauthenticated("/actuator/health/readiness")
                        .status())
                .isEqualTo(200);
    }
}
