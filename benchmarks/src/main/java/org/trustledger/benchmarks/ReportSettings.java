package org.trustledger.benchmarks;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The report's command line, with the defaults of a full run. */
record ReportSettings(
        int runs,
        int warmups,
        int iterations,
        int seconds,
        List<String> parties,
        List<String> postgresqlParties,
        Path output,
        String note,
        java.util.Optional<Path> figures,
        Extra extra) {
    /**
     * The ledger B2 rebuilds, in events: {@code -Dtrustledger.benchmarks.rebuild-events=1000000} for the target's
     * million; the default is smaller because storing the ledger again in every fork costs minutes at a million.
     */
    static final String REBUILD_EVENTS = System.getProperty("trustledger.benchmarks.rebuild-events", "200000");

    /**
     * The parties B2's events are spread over: {@code -Dtrustledger.benchmarks.rebuild-parties}, by default one for every
     * ten events, the target's shape (100 000 parties for a million events).
     */
    static final String REBUILD_PARTIES = System.getProperty(
            "trustledger.benchmarks.rebuild-parties", String.valueOf(Long.parseLong(REBUILD_EVENTS) / 10));

    static ReportSettings parse(String[] args) {
        Map<String, String> given = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("expected --option value, got " + Arrays.toString(args));
            }
            given.put(args[i].substring(2), args[++i]);
        }
        ReportSettings settings = new ReportSettings(
                Integer.parseInt(given.getOrDefault("runs", "3")),
                Integer.parseInt(given.getOrDefault("warmups", "2")),
                Integer.parseInt(given.getOrDefault("iterations", "3")),
                Integer.parseInt(given.getOrDefault("seconds", "1")),
                list(given.getOrDefault("parties", "1000,100000")),
                list(given.getOrDefault("postgresql-parties", "1000")),
                Path.of(given.getOrDefault("output", "BENCHMARKS.md")),
                given.getOrDefault("note", "").trim(),
                java.util.Optional.ofNullable(given.get("figures")).map(Path::of),
                Extra.parse(given));
        given.keySet()
                .removeAll(List.of(
                        "runs",
                        "warmups",
                        "iterations",
                        "seconds",
                        "parties",
                        "postgresql-parties",
                        "output",
                        "note",
                        "figures"));
        if (!given.isEmpty()) {
            throw new IllegalArgumentException("unknown options: " + given.keySet());
        }
        return settings;
    }

    static List<String> list(String value) {
        return Arrays.stream(value.split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    /**
     * The options of the benchmarks over HTTP, with histories from the event store, of startup and of the heap, and
     * which groups of benchmarks to run; parsed apart so that each group's options stay together.
     */
    record Extra(
            List<String> httpParties,
            List<String> httpPostgresqlParties,
            int httpCalls,
            int httpWarmupCalls,
            int lagWrites,
            int startups,
            int heapParties,
            long heapEvents,
            boolean appJfr,
            String appHeap,
            List<String> only) {
        static final List<String> GROUPS = List.of(
                "writes",
                "screening",
                "stored",
                "history",
                "catch-up",
                "authentication",
                "policy",
                "http",
                "startup",
                "rebuild",
                "heap");

        /** Takes its own options out of the given ones. */
        static Extra parse(Map<String, String> given) {
            Extra extra = new Extra(
                    list(given.getOrDefault("http-parties", "1000,100000")),
                    list(given.getOrDefault("http-postgresql-parties", "1000")),
                    Integer.parseInt(given.getOrDefault("http-calls", "5000")),
                    Integer.parseInt(given.getOrDefault("http-warmup-calls", "1000")),
                    Integer.parseInt(given.getOrDefault("lag-writes", "200")),
                    Integer.parseInt(given.getOrDefault("startups", "3")),
                    Integer.parseInt(given.getOrDefault("heap-parties", "100000")),
                    Long.parseLong(given.getOrDefault("heap-events", "1000000")),
                    Boolean.parseBoolean(given.getOrDefault("app-jfr", "false")),
                    // The heap the README's production section gives the product: the report shows it suffices.
                    given.getOrDefault("app-heap", "256m"),
                    list(given.getOrDefault("only", String.join(",", GROUPS))));
            List<String> unknown =
                    extra.only.stream().filter(g -> !GROUPS.contains(g)).toList();
            if (!unknown.isEmpty()) {
                throw new IllegalArgumentException("unknown groups " + unknown + "; the groups are " + GROUPS);
            }
            given.keySet()
                    .removeAll(List.of(
                            "http-parties",
                            "http-postgresql-parties",
                            "http-calls",
                            "http-warmup-calls",
                            "lag-writes",
                            "startups",
                            "heap-parties",
                            "heap-events",
                            "app-jfr",
                            "app-heap",
                            "only"));
            return extra;
        }

        boolean includes(String group) {
            return only.contains(group);
        }
    }
}
