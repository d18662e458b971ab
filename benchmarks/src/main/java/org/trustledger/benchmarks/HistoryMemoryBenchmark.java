package org.trustledger.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.trustledger.adapters.persistence.support.TestDatabases.Kind;
import org.trustledger.domain.identity.PartyName;
import org.trustledger.domain.identity.PersonName;
import org.trustledger.domain.party.Answer;
import org.trustledger.domain.party.Channel;
import org.trustledger.domain.party.PartyDetails;
import org.trustledger.domain.party.PartyEvent;
import org.trustledger.domain.party.PartyEvent.CallerIdentified;
import org.trustledger.domain.party.PartyEvent.PartyRegistered;
import org.trustledger.domain.party.PartyEvent.RequestReceived;
import org.trustledger.domain.party.PartyEvent.TroubleLogged;
import org.trustledger.domain.party.PartyId;
import org.trustledger.domain.party.PartyKind;
import org.trustledger.domain.party.Severity;
import org.trustledger.domain.party.TroubleCategory;
import org.trustledger.domain.trust.SequencedEvent;
import tools.jackson.databind.JsonNode;

/**
 * The history of one party of {@code 100 000} events served by the product's own jar in a JVM whose heap is capped at
 * {@code 64 MB}: the events are written into an H2 file database through the product's event storage engine in
 * batches ({@link #history}: half an hour apart, about five and a half years, mostly calls and refused requests with a
 * trouble and an accepted job every fifty entries, so that some hundreds of pieces of evidence count at any moment),
 * then the whole history is read
 * as JSON Lines ({@code GET /api/v1/parties/{id}/history?format=jsonl}), then its last page, which walks the whole
 * history as well. The product exits on an {@code OutOfMemoryError}, so a heap too small fails the run; every
 * entry must come back, in order, each with its status. Nothing asserts a time: the durations are printed.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar org.trustledger.benchmarks.HistoryMemoryBenchmark [--events 100000]
 *     [--heap 64m] [--limit 1000]</pre>
 */
public final class HistoryMemoryBenchmark {
    private static final Path DATA = Path.of("benchmarks", "target", "http-data", "history-memory");
    private static final Path OUT = Path.of("benchmarks", "target", "history-memory");

    private HistoryMemoryBenchmark() {}

    public static void main(String[] args) throws Exception {
        int events = 100_000;
        String heap = "64m";
        int limit = 1000;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--events" -> events = Integer.parseInt(args[++i]);
                case "--heap" -> heap = args[++i];
                case "--limit" -> limit = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        Files.createDirectories(OUT);
        PartyId id = new PartyId(new UUID(0x4157_0a11L, events));
        Ledger.Party party = LongHistoryBenchmark.party(history(id, events));
        HttpBenchmarks.Target target = HttpBenchmarks.seeded(Kind.H2, DATA, List.of(party));
        List<String> jvm = List.of(
                "-Xmx" + heap,
                "-XX:+ExitOnOutOfMemoryError",
                "-Xlog:gc:file=" + OUT.toAbsolutePath().resolve("gc.log"));
        StringBuilder report = new StringBuilder();
        try (RunningApplication app = RunningApplication.start(target.database(), jvm, OUT.resolve("product.log"))) {
            String history = "/api/v1/parties/" + id.value() + "/history";
            AtomicLong entries = new AtomicLong();
            AtomicLong bytes = new AtomicLong();
            long start = System.nanoTime();
            int status = app.lines(history + "?format=jsonl", line -> {
                JsonNode entry = RunningApplication.JSON.readTree(line);
                expect(entry, entries.incrementAndGet());
                bytes.addAndGet(line.length() + 1);
            });
            long streamed = System.nanoTime() - start;
            if (status != 200 || entries.get() != events) {
                throw new IllegalStateException(
                        "the streamed history answered " + status + " with " + entries + " of " + events + " entries");
            }
            report.append(String.format(
                    Locale.ROOT,
                    "| %,d events, -Xmx%s | whole history as JSON Lines | %,d entries, %,d characters | %.1f s |%n",
                    events,
                    heap,
                    entries.get(),
                    bytes.get(),
                    streamed / 1e9));
            System.out.print(report);
            // The last page walks the whole history too: once for its retractions, once up to its end.
            start = System.nanoTime();
            RunningApplication.Response last = app.get(history + "?after=" + (events - limit) + "&limit=" + limit);
            long lastPage = System.nanoTime() - start;
            if (last.status() != 200) {
                throw new IllegalStateException("the last page answered " + last);
            }
            long sequence = events - limit;
            for (JsonNode entry : last.json()) {
                expect(entry, ++sequence);
            }
            if (sequence != events) {
                throw new IllegalStateException("the last page ended at " + sequence + " of " + events);
            }
            String line = String.format(
                    Locale.ROOT,
                    "| %,d events, -Xmx%s | the last page of %,d | %,d entries | %.1f s |%n",
                    events,
                    heap,
                    limit,
                    limit,
                    lastPage / 1e9);
            System.out.print(line);
            report.append(line);
            if (app.get("/actuator/health").status() != 200) {
                throw new IllegalStateException("the product is not healthy after serving the history");
            }
        }
        Files.writeString(OUT.resolve("report.md"), report);
    }

    /**
     * A reseller that has called for years: the status after each entry lists every piece of evidence still counting,
     * so a denser history (as {@link TrustPolicyBenchmark}'s, twenty per day) costs time with the square of its length
     * whatever the memory, which is not what this measures.
     */
    static List<SequencedEvent> history(PartyId id, int events) {
        Instant start = Instant.parse("2020-04-01T00:00:00Z");
        List<PartyEvent> recorded = new ArrayList<>(events);
        recorded.add(new PartyRegistered(
                id, PartyKind.RESELLER, new PartyDetails(new PartyName("株式会社十万件履歴"), null, null, null, null), start));
        for (int i = 1; i < events; i++) {
            Instant at = start.plus(Duration.ofMinutes(30L * i));
            recorded.add(
                    switch (i % 50) {
                        case 0 ->
                            new TroubleLogged(
                                    id, TroubleCategory.UNRESPONSIVE, Severity.MINOR, "折り返しの連絡がなかった", null, at);
                        case 25 -> request(id, Answer.ACCEPTED, at);
                        default ->
                            i % 2 == 0
                                    ? new CallerIdentified(id, new PersonName("佐藤 健一"), true, "営業", null, at)
                                    : request(id, Answer.REFUSED, at);
                    });
        }
        return SequencedEvent.numbered(recorded);
    }

    private static RequestReceived request(PartyId id, Answer answer, Instant at) {
        return new RequestReceived(
                id,
                Channel.PHONE,
                answer == Answer.REFUSED,
                "お客様宅でのルーター設定",
                answer,
                answer == Answer.REFUSED ? List.of("代理依頼は受けない") : List.of(),
                at);
    }

    /** Each entry in order of sequence, with the status after it. */
    private static void expect(JsonNode entry, long sequence) {
        if (entry.get("sequence").asLong() != sequence || !entry.hasNonNull("statusAfter")) {
            throw new IllegalStateException("expected entry " + sequence + " with its status, got " + entry);
        }
    }
}
