package org.trustledger.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.openjdk.jmh.runner.RunnerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the benchmarks and writes {@code BENCHMARKS.md}: every figure beside a baseline measured in the same run, as a
 * ratio, the median of several runs in which figure and baseline alternate, and the spread. {@link BenchmarkRuns}
 * measures, JMH writing its results as JSON files into {@code benchmarks/target/jmh-results/}; {@link Figures} reads
 * them and works out the statistics; {@link Machine} describes the machine; {@link ReportMarkdown} writes the Markdown.
 *
 * <p>Options: {@code --runs N} (3), {@code --warmups N} (2), {@code --iterations N} (3), {@code --seconds N} (1, the
 * length of each iteration), {@code --parties 1000,100000} (screening on H2), {@code --postgresql-parties 1000}
 * (screening on PostgreSQL; an empty list leaves it out), {@code --output BENCHMARKS.md}, {@code --note text} (a
 * sentence about the run, such as what else the machine was doing), {@code --figures
 * benchmarks/target/report-figures.tsv} (write the report again from the figures a run kept, measuring nothing); and
 * the options of {@link ReportSettings.Extra}.
 */
public final class Report {
    private static final Logger LOG = LoggerFactory.getLogger(Report.class);

    /** Where JMH writes a run's results, a JSON file a JMH run. */
    static final Path JMH_RESULTS = Path.of("benchmarks", "target", "jmh-results");
    /** Every figure of the last run, from which the report can be written again. */
    static final Path FIGURES = Path.of("benchmarks", "target", "report-figures.tsv");
    /** The live objects by class in the heap measurement, written by the run and quoted by the report. */
    static final Path HEAP_HISTOGRAMS = Path.of("benchmarks", "target", "report-heap-histograms.txt");

    private Report() {}

    /** Runs everything, then writes the report; see the class comment for the options. */
    public static void main(String[] args) throws RunnerException, IOException {
        ReportSettings settings = ReportSettings.parse(args);
        Figures figures;
        List<String> failures;
        if (settings.figures().isPresent()) {
            // Writes the report again from the figures of an earlier run, without measuring anything.
            figures = Figures.read(settings.figures().get());
            failures = List.of();
        } else {
            BenchmarkRuns runs = new BenchmarkRuns(settings, JMH_RESULTS);
            runs.measure();
            figures = new Figures();
            figures.readJmhResults(JMH_RESULTS);
            figures.addAll(runs.outsideJmh());
            figures.save(FIGURES);
            failures = runs.failures();
        }
        String markdown = new ReportMarkdown(settings, figures, failures, Machine.inspect()).markdown();
        Files.writeString(settings.output(), markdown, StandardCharsets.UTF_8);
        LOG.info("wrote {}", settings.output().toAbsolutePath());
    }
}
