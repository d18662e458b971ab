package org.trustledger.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The product's own runnable jar ({@code bootstrap/target/*-exec.jar}) started as a child process on a free port of
 * 127.0.0.1, signed in with a personal token, and stopped again: what a client on the same machine talks to. The JVM
 * is the one running the benchmarks, so both sides use the same Java.
 */
final class RunningApplication implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RunningApplication.class);
    static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * Bounded: a start that takes longer has failed, and the benchmarks must never hang. On the shared 2-core machine
     * under a load average of 20 and more a start has taken over 3 minutes.
     */
    private static final Duration START_LIMIT = Duration.ofSeconds(600);

    private static final String PASSWORD = "benchmark-password-1f0c";
    private static final Duration REQUEST_LIMIT = Duration.ofSeconds(120);

    private final Process process;
    private final HttpClient client;
    private final URI base;
    private final long startupNanos;
    private String authorization;

    private RunningApplication(Process process, HttpClient client, URI base, long startupNanos) {
        this.process = process;
        this.client = client;
        this.base = base;
        this.startupNanos = startupNanos;
    }

    /** Where a database of this run lives, and the arguments that point the product at it. */
    record Database(String name, List<String> arguments) {
        /** The embedded default: an H2 file database in this data directory. */
        static Database h2(Path dataDir) {
            return new Database("H2", List.of("--trustledger.data-dir=" + dataDir.toAbsolutePath()));
        }

        /** A PostgreSQL database at this JDBC URL (the embedded server, which needs no password). */
        static Database postgresql(String url) {
            return new Database(
                    "POSTGRESQL",
                    List.of(
                            "--spring.datasource.url=" + url,
                            "--spring.datasource.username=postgres",
                            "--spring.datasource.password=postgres"));
        }
    }

    /**
     * The product's runnable jar, built by {@code -am} because the benchmarks depend on the bootstrap module; or the jar
     * the system property {@code trustledger.benchmarks.product-jar} names, to measure a kept earlier build against
     * this one in the same window.
     */
    static Path jar() {
        String given = System.getProperty("trustledger.benchmarks.product-jar");
        if (given != null) {
            return Path.of(given);
        }
        Path target = Path.of("bootstrap", "target");
        try (Stream<Path> files = Files.list(target)) {
            return files.filter(f -> f.getFileName().toString().endsWith("-exec.jar"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no runnable jar in " + target.toAbsolutePath()
                            + "; build with ./mvnw -Pbenchmarks -pl benchmarks -am package -DskipTests"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + target.toAbsolutePath(), e);
        }
    }

    static Path java() {
        return Path.of(System.getProperty("java.home"), "bin", "java");
    }

    /**
     * Starts the product on the database and waits until {@code GET /actuator/health} answers 200, then creates a
     * personal token for the first account; {@code jvmOptions} go before {@code -jar} (a heap size, a recording).
     */
    static RunningApplication start(Database database, List<String> jvmOptions, Path log) {
        int port = freePort();
        List<String> command = new ArrayList<>();
        command.add(java().toString());
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(jar().toAbsolutePath().toString());
        command.add("--server.address=127.0.0.1");
        command.add("--server.port=" + port);
        command.addAll(database.arguments());
        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        URI base = URI.create("http://127.0.0.1:" + port);
        try {
            Files.createDirectories(log.getParent());
            ProcessBuilder builder =
                    new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            Map<String, String> environment = builder.environment();
            environment.put("TRUSTLEDGER_ADMIN_USERNAME", "admin");
            environment.put("TRUSTLEDGER_ADMIN_PASSWORD", PASSWORD);
            environment.remove("JDK_JAVA_OPTIONS");
            environment.remove("JAVA_TOOL_OPTIONS");
            long started = System.nanoTime();
            Process process = builder.start();
            long startupNanos = awaitHealthy(process, client, base.resolve("/actuator/health"), started, log);
            RunningApplication application = new RunningApplication(process, client, base, startupNanos);
            application.signIn();
            LOG.info(
                    "{} started on {} in {} ms (pid {})",
                    database.name(),
                    base,
                    startupNanos / 1_000_000,
                    process.pid());
            return application;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + command, e);
        }
    }

    /**
     * Polls the URL every 10 ms from the moment the process was started until it answers 200; returns how long that
     * took. Used for the product and for the bare baseline server alike, so both are timed the same way.
     */
    static long awaitHealthy(Process process, HttpClient client, URI health, long started, Path log) {
        HttpRequest request =
                HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(2)).build();
        long deadline = started + START_LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the process ended with " + process.exitValue() + "; see " + log);
            }
            try {
                HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return System.nanoTime() - started;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
                throw new IllegalStateException("interrupted while waiting for " + health, e);
            }
            try {
                process.waitFor(10, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
                throw new IllegalStateException("interrupted while waiting for " + health, e);
            }
        }
        process.destroyForcibly();
        throw new IllegalStateException(health + " did not answer 200 within " + START_LIMIT + "; see " + log);
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port on 127.0.0.1", e);
        }
    }

    /** HTTP Basic once, for a personal token; every later request carries the token, as a busy client should. */
    private void signIn() {
        String basic =
                "Basic " + Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/api/v1/tokens"))
                .timeout(REQUEST_LIMIT)
                .header("Authorization", basic)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"label\":\"benchmarks\"}"))
                .build();
        Response response = send(request);
        if (response.status() != 201) {
            throw new IllegalStateException("could not create a token: " + response);
        }
        authorization = "Bearer " + JSON.readTree(response.body()).get("token").asString();
    }

    /** A status and a body. */
    record Response(int status, String body) {
        JsonNode json() {
            return JSON.readTree(body);
        }
    }

    Response post(String path, Object body) {
        return send(HttpRequest.newBuilder(base.resolve(path))
                .timeout(REQUEST_LIMIT)
                .header("Authorization", authorization)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                .build());
    }

    Response get(String pathAndQuery) {
        return send(HttpRequest.newBuilder(base.resolve(pathAndQuery))
                .timeout(REQUEST_LIMIT)
                .header("Authorization", authorization)
                .GET()
                .build());
    }

    /**
     * A GET whose body is read line by line as it arrives, each line handed to {@code line} and then dropped, for an
     * answer too large to hold; no time limit but the server's, since the answer may be long.
     */
    int lines(String pathAndQuery, java.util.function.Consumer<String> line) {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(pathAndQuery))
                .header("Authorization", authorization)
                .GET()
                .build();
        try {
            HttpResponse<java.util.stream.Stream<String>> response =
                    client.send(request, HttpResponse.BodyHandlers.ofLines());
            try (java.util.stream.Stream<String> body = response.body()) {
                body.forEach(line);
            }
            return response.statusCode();
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted: " + request.uri(), e);
        }
    }

    private Response send(HttpRequest request) {
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted: " + request.uri(), e);
        }
    }

    long startupNanos() {
        return startupNanos;
    }

    /** The product's CPU time so far (user and system, all its threads), from the operating system. */
    long cpuNanos() {
        return process.info().totalCpuDuration().map(Duration::toNanos).orElse(-1L);
    }

    long pid() {
        return process.pid();
    }

    /** Asks the product to stop as a service manager would (SIGTERM), and waits for it; bounded, then forced. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        client.close();
    }
}
