package org.trustledger.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.trustledger.adapters.persistence.support.TestDatabases;
import org.trustledger.application.port.in.TrustQuery;

/**
 * One of two nodes is killed with SIGKILL under load: the other keeps serving, and nothing acknowledged is lost. The
 * killed node runs as a process of its own, on 127.0.0.1.
 */
class NodeKilledTest {
    private static final Logger LOG = LoggerFactory.getLogger(NodeKilledTest.class);

    @TempDir
    Path logs;

    @Test
    void aNodeKilledUnderLoad_leavesTheOtherServing_andLosesNothingAcknowledged() throws Exception {
        String url = TestDatabases.url(TestDatabases.Kind.POSTGRESQL);
        int port = freePort();
        Process other = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        TrustLedgerApplication.class.getName(),
                        "--server.port=" + port,
                        "--server.address=127.0.0.1",
                        "--spring.datasource.url=" + url,
                        "--spring.datasource.username=postgres",
                        "--spring.datasource.password=postgres",
                        "--trustledger.admin.username=" + Node.USER,
                        "--trustledger.admin.password=" + Node.PASSWORD)
                .redirectErrorStream(true)
                .redirectOutput(logs.resolve("other-node.log").toFile())
                .start();
        try (Node survivor = Node.onPostgres(url)) {
            Api otherApi = new Api(port, Node.USER, Node.PASSWORD);
            await().atMost(Duration.ofSeconds(90))
                    .ignoreExceptions()
                    .until(() -> otherApi.unauthenticated("/actuator/health/readiness")
                                    .status()
                            == 200);
            try (WriteLoad load = WriteLoad.on(List.of(survivor.api(), otherApi), 20, 8)) {
                await().atMost(Duration.ofSeconds(30)).until(() -> load.acknowledged.size() >= 60);

                other.destroyForcibly();
                assertThat(other.waitFor(30, TimeUnit.SECONDS)).isTrue();
                int acknowledgedAtKill = load.acknowledged.size();
                await().atMost(Duration.ofSeconds(30)).until(() -> load.acknowledged.size() >= acknowledgedAtKill + 60);
                load.stop();
                LOG.info("Answers around a killed node: {}", load.answers);

                assertThat(load.answers.keySet())
                        .as("the survivor answers every request; the killed node's writers stop")
                        .allMatch(status -> status == 201 || status == 409 || status == -1);
                // The killed node may have committed a write it never got to acknowledge: more, never less.
                load.assertLedgerConsistent(survivor.bean(DataSource.class), survivor.bean(TrustQuery.class), false);
            }
        } finally {
            other.destroyForcibly();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
