package org.trustledger.benchmarks;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * The startup baseline: the smallest Java HTTP service there is — the JDK's own server answering {@code /health} — run
 * as a child process from the same jar and timed the same way as the product, from process start to the first 200.
 * What the product adds on top of it is Spring, Axon, Flyway and the database.
 */
public final class HelloServer {
    private HelloServer() {}

    /** Serves {@code GET /health} on 127.0.0.1 at the port given, until the process is stopped. */
    public static void main(String[] args) throws IOException {
        HttpServer server = HttpServer.create(
                new InetSocketAddress(InetAddress.getLoopbackAddress(), Integer.parseInt(args[0])), 0);
        byte[] up = "{\"status\":\"UP\"}".getBytes(StandardCharsets.UTF_8);
        server.createContext("/health", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, up.length);
            try (OutputStream body = exchange.getResponseBody()) {
                body.write(up);
            }
        });
        server.start();
    }
}
