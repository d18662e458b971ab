package org.trustledger.bootstrap;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A PostgreSQL server of this test's own, on a fixed port and data directory, that can be stopped, crashed and started
 * again with its data, like a database server an operator restarts.
 */
final class RestartablePostgres implements AutoCloseable {
    private final Path dataDir;
    private final int port;
    private EmbeddedPostgres server;

    private RestartablePostgres(Path dataDir, EmbeddedPostgres server) {
        this.dataDir = dataDir;
        this.server = server;
        this.port = server.getPort();
    }

    static RestartablePostgres start(Path dataDir) {
        return new RestartablePostgres(dataDir, launch(dataDir, 0));
    }

    String url() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    }

    /** A clean shutdown, as an operator stopping the service does. */
    void stop() {
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server = null;
    }

    /**
     * An immediate shutdown: the server quits without a checkpoint, as after a power cut, and must recover from its
     * write-ahead log at the next start.
     */
    void crash() {
        long pid = server.getProcess().pid();
        try {
            Process kill = new ProcessBuilder("kill", "-QUIT", Long.toString(pid)).start();
            kill.waitFor(10, TimeUnit.SECONDS);
            server.getProcess().waitFor(30, TimeUnit.SECONDS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        stop();
    }

    void restart() {
        server = launch(dataDir, port);
    }

    private static EmbeddedPostgres launch(Path dataDir, int port) {
        try {
            var builder = EmbeddedPostgres.builder().setDataDirectory(dataDir).setCleanDataDirectory(false);
            if (port != 0) {
                builder.setPort(port);
            }
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start PostgreSQL", e);
        }
    }

    @Override
    public void close() {
        if (server != null) {
            stop();
        }
    }
}
