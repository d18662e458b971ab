package org.trustledger.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import org.trustledger.adapters.persistence.support.TestDatabases.Kind;
import org.trustledger.application.port.in.PartyView;
import org.trustledger.domain.party.PartyDecider;
import org.trustledger.domain.party.PartyId;
import org.trustledger.domain.party.PartyState;
import org.trustledger.domain.trust.SequencedEvent;

/**
 * A write and a status read on parties with short and long histories, side by side in the same run of the product:
 * the product's own jar on an H2 file database seeded with parties of {@code 10} and of {@code 10 000} events (each
 * history written by the real decider, spread over five years as in {@link TrustPolicyBenchmark}), then, round after
 * round, one write ({@code POST /api/v1/parties/{id}/callers}, a name withheld, as B1) and one status read
 * ({@code GET /api/v1/parties/{id}}) on a party of each length in turn, one client, each call timed. Nothing asserts a
 * time; the medians and their ratio are printed, and {@code --jfr} has the product record a flight recording.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar org.trustledger.benchmarks.LongHistoryBenchmark [--rounds 300]
 *     [--warmup-rounds 100] [--parties 4] [--lengths 10,10000] [--jfr]</pre>
 */
public final class LongHistoryBenchmark {
    private static final Path DATA = Path.of("benchmarks", "target", "http-data", "long-histories");
    private static final Path OUT = Path.of("benchmarks", "target", "long-histories");

    private LongHistoryBenchmark() {}

    public static void main(String[] args) throws Exception {
        int rounds = 300;
        int warmupRounds = 100;
        int partiesPerLength = 4;
        List<Integer> lengths = List.of(10, 10_000);
        boolean jfr = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                case "--warmup-rounds" -> warmupRounds = Integer.parseInt(args[++i]);
                case "--parties" -> partiesPerLength = Integer.parseInt(args[++i]);
                case "--lengths" ->
                    lengths = java.util.Arrays.stream(args[++i].split(","))
                            .map(Integer::parseInt)
                            .toList();
                case "--jfr" -> jfr = true;
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        Files.createDirectories(OUT);
        Map<Integer, List<Ledger.Party>> byLength = new LinkedHashMap<>();
        List<Ledger.Party> all = new ArrayList<>();
        SplittableRandom random = new SplittableRandom(20_261_207L);
        for (int length : lengths) {
            List<Ledger.Party> parties = new ArrayList<>();
            for (int p = 0; p < partiesPerLength; p++) {
                PartyId id = new PartyId(new UUID(0x10_4a11L + length, p));
                String name = "株式会社長期履歴" + length + "の" + p;
                parties.add(party(TrustPolicyBenchmark.History.of(id, name, length, random.split())));
            }
            byLength.put(length, parties);
            all.addAll(parties);
        }
        HttpBenchmarks.Target target = HttpBenchmarks.seeded(Kind.H2, DATA, all);
        List<String> jvm = new ArrayList<>(List.of("-Xms1g", "-Xmx1g"));
        if (jfr) {
            jvm.add("-XX:StartFlightRecording=filename=" + OUT.toAbsolutePath().resolve("product.jfr")
                    + ",settings=profile,dumponexit=true");
        }
        Map<Integer, List<String>> ids = new LinkedHashMap<>();
        byLength.forEach((length, parties) -> ids.put(
                length,
                parties.stream().map(p -> p.view().partyId().value().toString()).toList()));
        try (RunningApplication app = RunningApplication.start(target.database(), jvm, OUT.resolve("product.log"))) {
            Map<Integer, HttpBenchmarks.HistoryLatencies> measured =
                    HttpBenchmarks.historyLengths(app, ids, warmupRounds, rounds);
            StringBuilder table = new StringBuilder()
                    .append(
                            "| events | write p50 | write p99 | read p50 | read p99 | write p50 ÷ shortest | read p50 ÷ shortest |\n")
                    .append("| ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
            HttpBenchmarks.HistoryLatencies shortest =
                    measured.values().iterator().next();
            measured.forEach((length, l) -> table.append(String.format(
                    Locale.ROOT,
                    "| %,d | %.2f ms | %.2f ms | %.2f ms | %.2f ms | %.2f | %.2f |%n",
                    length,
                    l.writes().p50() / 1e3,
                    l.writes().p99() / 1e3,
                    l.reads().p50() / 1e3,
                    l.reads().p99() / 1e3,
                    l.writes().p50() / shortest.writes().p50(),
                    l.reads().p50() / shortest.reads().p50())));
            System.out.print(table);
            Files.writeString(OUT.resolve("report.md"), table);
        }
    }

    /** A party as the seeded read models hold it after its history. */
    static Ledger.Party party(List<SequencedEvent> history) {
        PartyState state =
                PartyDecider.replay(history.stream().map(SequencedEvent::event).toList());
        return new Ledger.Party(
                new PartyView(
                        state.partyId(),
                        state.kind(),
                        state.details(),
                        state.terminated(),
                        state.outstanding(),
                        state.troubleCount(),
                        state.registeredAt(),
                        state.updatedAt(),
                        state.eventCount()),
                history);
    }
}
