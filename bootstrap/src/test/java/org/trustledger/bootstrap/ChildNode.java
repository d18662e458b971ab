package org.trustledger.bootstrap;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The product as a process of its own on 127.0.0.1, started as an operator starts the jar, so that it can be killed
 * with SIGKILL and started again on the same data, which a node inside the test JVM cannot.
 */
final class ChildNode implements AutoCloseable {
    private final Process process;
    private final int port;

    private ChildNode(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts the product with these arguments (besides port, address and the first account) and waits until ready. */
    static ChildNode start(Path log, String... settings) {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m",
                // Starts sooner on a busy machine; how fast it runs later does not matter to these tests.
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "-cp",
                System.getProperty("java.class.path"),
                TrustLedgerApplication.class.getName(),
                "--server.port=" + port,
                "--server.address=127.0.0.1",
                "--trustledger.admin.username=" + Node.USER,
                "--trustledger.admin.password=" + Node.PASSWORD));
        command.addAll(List.of(settings));
        Process process;
        try {
            process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the product", e);
        }
        ChildNode node = new ChildNode(process, port);
        Api api = node.api();
        await().atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofMillis(250))
                .ignoreExceptions()
                .until(() -> {
                    if (!process.isAlive()) {
                        throw new AssertionError("the product exited at start; see " + log);
                    }
                    return api.unauthenticated("/actuator/health/readiness").status() == 200;
                });
        return node;
    }

    Api api() {
        return new Api(port, Node.USER, Node.PASSWORD);
    }

    /** SIGKILL: the process gets no chance to flush, close or shut down anything. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(1, TimeUnit.MINUTES)) {
            throw new IllegalStateException("the product did not die");
        }
    }

    /** A clean stop (SIGTERM), as systemd stops the service. */
    void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
