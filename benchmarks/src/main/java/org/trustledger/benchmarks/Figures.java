package org.trustledger.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The report's figures: per figure (benchmark, parameters, threads, statistic) its value in each run, in run order,
 * read from JMH's JSON result files and from the figures measured outside JMH; their medians, spreads and ratios; kept
 * in a tab-separated file, one line a figure, from which the report can be written again.
 */
final class Figures {
    static final String H2 = "H2";
    static final String POSTGRESQL = "POSTGRESQL";
    static final List<String> CALLS = List.of("unknownCaller", "knownPartyPhone", "nameOnly", "renamedPartyAddress");

    /** B3's open gaps in the global index. */
    static final String CATCH_UP_GAPS = "50";

    static final String STARTED = "~started";
    static final String SECONDS = "~seconds";
    static final String LOAD_BEFORE = "~load before";
    static final String LOAD_AFTER = "~load after";

    static final String DISK_SYNC_WRITES = "HTTP.disk sync 4KB writes";
    static final String HOT_PARTY = "HTTP.write one party t8";

    private static final Logger LOG = LoggerFactory.getLogger(Figures.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Map<String, List<Double>> figures = new TreeMap<>();

    void record(String key, double value) {
        figures.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
    }

    /** Adds every figure of {@code other} after this one's. */
    void addAll(Figures other) {
        other.figures.forEach((key, values) -> values.forEach(value -> record(key, value)));
    }

    /** A figure's value in each run, or null when it was not measured. */
    List<Double> get(String key) {
        return figures.get(key);
    }

    /** One line a figure: its key, then its value in each run, tab-separated. */
    void save(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        List<String> lines = new ArrayList<>();
        figures.forEach((key, values) -> lines.add(key + "\t"
                + String.join("\t", values.stream().map(String::valueOf).toList())));
        Files.write(file, lines, StandardCharsets.UTF_8);
        LOG.info("kept the figures in {}", file.toAbsolutePath());
    }

    /** The figures {@link #save} kept. */
    static Figures read(Path file) throws IOException {
        Figures figures = new Figures();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] fields = line.split("\t");
            for (int i = 1; i < fields.length; i++) {
                figures.record(fields[0], Double.parseDouble(fields[i]));
            }
        }
        return figures;
    }

    /**
     * Reads the JSON result files JMH wrote into {@code directory}, in the order of their names (the order they ran):
     * each result's score, and for SampleTime its p50 and p99, and the bytes allocated a call where JMH's GC profiler
     * ran. Whatever a file's name holds after its number and a space (the thread count a run was given) is added to the
     * keys of its results.
     */
    void readJmhResults(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return;
        }
        List<Path> files;
        try (Stream<Path> listed = Files.list(directory)) {
            files = listed.filter(f -> f.getFileName().toString().endsWith(".json"))
                    .sorted()
                    .toList();
        }
        for (Path file : files) {
            String name = file.getFileName().toString();
            name = name.substring(0, name.length() - ".json".length());
            String suffix = name.contains(" ") ? name.substring(name.indexOf(' ') + 1) : "";
            String text = Files.readString(file, StandardCharsets.UTF_8);
            if (text.isBlank()) {
                continue;
            }
            for (JsonNode result : JSON.readTree(text)) {
                String key = key(result, suffix);
                JsonNode primary = result.get("primaryMetric");
                record(key, number(primary.get("score")));
                if (result.get("mode").asString().equals("sample")) {
                    record(key + " p50", number(primary.get("scorePercentiles").get("50.0")));
                    record(key + " p99", number(primary.get("scorePercentiles").get("99.0")));
                }
                JsonNode secondary = result.get("secondaryMetrics");
                if (secondary != null) {
                    for (var label : secondary.propertyNames()) {
                        if (label.endsWith("gc.alloc.rate.norm")) {
                            record(key + " alloc", number(secondary.get(label).get("score")));
                        }
                    }
                }
            }
        }
    }

    /** JMH writes a score that is not a number as a string. */
    private static double number(JsonNode value) {
        if (value.isNumber()) {
            return value.asDouble();
        }
        return switch (value.asString()) {
            case "+INF" -> Double.POSITIVE_INFINITY;
            case "-INF" -> Double.NEGATIVE_INFINITY;
            default -> Double.NaN;
        };
    }

    /** {@code Class.method}, its parameters in name order, and the suffix when there is one. */
    private static String key(JsonNode result, String suffix) {
        String[] parts = result.get("benchmark").asString().split("\\.");
        StringBuilder key = new StringBuilder(parts[parts.length - 2] + "." + parts[parts.length - 1]);
        JsonNode params = result.get("params");
        if (params != null) {
            new TreeMap<String, String>(params.propertyNames().stream()
                            .collect(Collectors.toMap(k -> k, k -> params.get(k).asString())))
                    .forEach((name, value) ->
                            key.append(' ').append(name).append('=').append(value));
        }
        if (!suffix.isEmpty()) {
            key.append(' ').append(suffix);
        }
        return key.toString();
    }

    /** A figure's median over the runs and its spread (lowest to highest), or nothing when it was not measured. */
    record Summary(double median, double low, double high, int runs) {
        static Summary of(List<Double> values) {
            if (values == null || values.isEmpty()) {
                return null;
            }
            double[] sorted =
                    values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            int n = sorted.length;
            double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
            return new Summary(median, sorted[0], sorted[n - 1], n);
        }
    }

    Summary figure(String key) {
        return Summary.of(figures.get(key));
    }

    /** The ratio of two figures worked out run by run, each from the same run, then summarised. */
    Summary ratio(String numerator, String denominator) {
        List<Double> top = figures.get(numerator);
        List<Double> bottom = figures.get(denominator);
        if (top == null || bottom == null) {
            return null;
        }
        List<Double> ratios = new ArrayList<>();
        for (int i = 0; i < Math.min(top.size(), bottom.size()); i++) {
            ratios.add(top.get(i) / bottom.get(i));
        }
        return Summary.of(ratios);
    }
}
