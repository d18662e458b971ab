package org.trustledger.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.trustledger.benchmarks.minimal.MinimalWebApplication;

/**
 * What the startup comparison starts besides the README's first command: the product's runnable jar extracted as the
 * README's production section does it ({@code java -Djarmode=tools -jar … extract}), each with an ahead-of-time cache
 * from a training run ({@code -XX:AOTCacheOutput}, Spring stopping after its refresh), and the minimal Spring Boot
 * web application ({@link MinimalWebApplication}) as a jar beside the extracted product, whose class path is only the
 * web and actuator jars of the product's own {@code lib/}.
 */
final class StartupShapes {
    private static final Logger LOG = LoggerFactory.getLogger(StartupShapes.class);
    private static final Path DIR = Path.of("benchmarks", "target", "startup");

    /**
     * The jars spring-boot-starter-web and spring-boot-starter-actuator bring, by file name: the minimal application's
     * class path, taken from the product's own libraries so that both run the same versions.
     */
    private static final Pattern WEB_JARS = Pattern.compile(String.join(
            "|",
            "spring-(core|beans|context|aop|expression|web|webmvc)-[0-9].*",
            "spring-boot(-autoconfigure|-tomcat|-web-server|-webmvc|-servlet|-http-converter|-jackson|-actuator"
                    + "|-actuator-autoconfigure|-health|-micrometer-metrics|-micrometer-observation)?-[0-9].*",
            "commons-logging-.*|jspecify-.*|jakarta\\.annotation-api-.*|snakeyaml-.*",
            "tomcat-embed-(core|el|websocket)-.*",
            "jackson-(core|databind)-3\\..*|jackson-annotations-.*",
            "(logback-classic|logback-core|slf4j-api|log4j-to-slf4j|log4j-api|jul-to-slf4j)-[0-9].*",
            "(micrometer-observation|micrometer-commons|micrometer-core|micrometer-jakarta9|HdrHistogram"
                    + "|LatencyUtils)-[0-9].*"));

    /** The extracted product's jar and the minimal application's jar, and the cache each trained. */
    record Shapes(Path productJar, Path productCache, Path minimalJar, Path minimalCache) {}

    private StartupShapes() {}

    /** Extracts the product's runnable jar, writes the minimal application beside it and trains a cache for each. */
    static Shapes prepare(Path runnableJar, List<String> jvmOptions) {
        Path extracted = DIR.resolve("extracted").toAbsolutePath();
        HttpBenchmarks.deleteRecursively(DIR);
        run(
                List.of(
                        RunningApplication.java().toString(),
                        "-Djarmode=tools",
                        "-jar",
                        runnableJar.toAbsolutePath().toString(),
                        "extract",
                        "--destination",
                        extracted.toString()),
                Map.of(),
                DIR.resolve("extract.log"));
        Path productJar = extracted.resolve(runnableJar.getFileName());
        Path minimalJar = writeMinimal(extracted);
        Path productCache = DIR.resolve("product.aot").toAbsolutePath();
        Path minimalCache = DIR.resolve("minimal.aot").toAbsolutePath();
        train(
                productJar,
                productCache,
                jvmOptions,
                RunningApplication.environment(),
                List.of("--trustledger.data-dir=" + DIR.resolve("training-data").toAbsolutePath()));
        train(minimalJar, minimalCache, jvmOptions, Map.of(), List.of("--server.port=0"));
        return new Shapes(productJar, productCache, minimalJar, minimalCache);
    }

    /**
     * The training run: the application started as it will be, stopped by Spring once its context is refreshed (every
     * bean created, Flyway run, nothing served), the classes it loaded and linked written to the cache on exit.
     */
    private static void train(
            Path jar, Path cache, List<String> jvmOptions, Map<String, String> environment, List<String> arguments) {
        List<String> command = new ArrayList<>();
        command.add(RunningApplication.java().toString());
        command.addAll(jvmOptions);
        command.add("-XX:AOTCacheOutput=" + cache);
        command.add("-Dspring.context.exit=onRefresh");
        command.add("-jar");
        command.add(jar.toString());
        command.addAll(arguments);
        run(command, environment, DIR.resolve("training-" + jar.getFileName() + ".log"));
        if (!Files.exists(cache)) {
            throw new IllegalStateException("the training run wrote no cache " + cache);
        }
        LOG.info("trained {} for {}", cache, jar.getFileName());
    }

    private static Path writeMinimal(Path extracted) {
        List<String> classPath;
        try (Stream<Path> libraries = Files.list(extracted.resolve("lib"))) {
            classPath = libraries
                    .map(p -> p.getFileName().toString())
                    .filter(name -> WEB_JARS.matcher(name).matches())
                    .sorted()
                    .map(name -> "lib/" + name)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + extracted.resolve("lib"), e);
        }
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, MinimalWebApplication.class.getName());
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, String.join(" ", classPath));
        Path jar = extracted.resolve("minimal-web-application.jar");
        String entry = MinimalWebApplication.class.getName().replace('.', '/') + ".class";
        try (OutputStream file = Files.newOutputStream(jar);
                JarOutputStream out = new JarOutputStream(file, manifest);
                InputStream in = MinimalWebApplication.class.getClassLoader().getResourceAsStream(entry)) {
            if (in == null) {
                throw new IllegalStateException("no " + entry + " in the benchmarks' jar");
            }
            out.putNextEntry(new JarEntry(entry));
            in.transferTo(out);
            out.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + jar, e);
        }
        LOG.info("the minimal application runs on {} of the product's jars", classPath.size());
        return jar;
    }

    private static void run(List<String> command, Map<String, String> environment, Path log) {
        try {
            Files.createDirectories(log.getParent());
            ProcessBuilder builder =
                    new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().remove("JDK_JAVA_OPTIONS");
            builder.environment().remove("JAVA_TOOL_OPTIONS");
            builder.environment().putAll(environment);
            Process process = builder.start();
            // Bounded: a training run is one start of the product; one that takes this long has failed.
            if (!process.waitFor(15, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("did not finish: " + command + "; see " + log);
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException("ended with " + process.exitValue() + ": " + command + "; see " + log);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
