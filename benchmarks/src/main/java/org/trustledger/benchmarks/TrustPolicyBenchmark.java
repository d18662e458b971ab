package org.trustledger.benchmarks;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.trustledger.domain.identity.PartyName;
import org.trustledger.domain.identity.PersonName;
import org.trustledger.domain.party.Answer;
import org.trustledger.domain.party.Channel;
import org.trustledger.domain.party.PartyCommand;
import org.trustledger.domain.party.PartyCommand.IdentifyCaller;
import org.trustledger.domain.party.PartyCommand.LogTrouble;
import org.trustledger.domain.party.PartyCommand.ReceiveRequest;
import org.trustledger.domain.party.PartyCommand.RecordPaymentShort;
import org.trustledger.domain.party.PartyCommand.RegisterParty;
import org.trustledger.domain.party.PartyCommand.ReinstateRelationship;
import org.trustledger.domain.party.PartyCommand.SettlePayment;
import org.trustledger.domain.party.PartyCommand.TerminateRelationship;
import org.trustledger.domain.party.PartyDecider;
import org.trustledger.domain.party.PartyDetails;
import org.trustledger.domain.party.PartyEvent;
import org.trustledger.domain.party.PartyId;
import org.trustledger.domain.party.PartyKind;
import org.trustledger.domain.party.PartyState;
import org.trustledger.domain.party.Severity;
import org.trustledger.domain.party.ShortfallReason;
import org.trustledger.domain.party.TroubleCategory;
import org.trustledger.domain.party.Yen;
import org.trustledger.domain.trust.SequencedEvent;
import org.trustledger.domain.trust.TrustAssessment;
import org.trustledger.domain.trust.TrustPolicy;
import org.trustledger.domain.trust.TrustPolicySettings;

/**
 * {@code TrustPolicy.assess} on one reseller's history of {@code events} events spread over five years — the call
 * behind every write's re-assessment, every status read and every screening candidate — asked the day after the last
 * event. The span is the same for every size, so what grows is the number of events, not the number of days.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class TrustPolicyBenchmark {
    private static final long SEED = 20_261_130L;
    private static final Instant START = Instant.parse("2021-04-01T01:00:00Z");
    private static final Duration SPAN = Duration.ofDays(5 * 365);

    @Param({"10", "100", "1000", "10000"})
    public int events;

    private final TrustPolicy policy = new TrustPolicy(TrustPolicySettings.defaults());
    private List<SequencedEvent> history;
    private Instant asOf;

    @Setup(Level.Trial)
    public void generate() {
        history = History.of(events, new SplittableRandom(SEED));
        asOf = history.getLast().event().recordedAt().plus(Duration.ofDays(1));
    }

    @Benchmark
    public TrustAssessment assess() {
        return policy.assess(history, asOf);
    }

    /**
     * A reseller's history written the way the product writes one, by the real decider from commands: mostly accepted
     * and refused requests and callers (one in four withholds the name), now and then a trouble (some logged days
     * after they happened), a short payment (most later settled), and a termination with a reinstatement later.
     */
    static final class History {
        private final SplittableRandom random;
        private final PartyId id;
        private final List<PartyEvent> recorded = new ArrayList<>();
        private final Deque<String> open = new ArrayDeque<>();
        private PartyState state = PartyState.INITIAL;
        private Instant now = START;
        private int invoices;

        private History(PartyId id, SplittableRandom random) {
            this.id = id;
            this.random = random;
        }

        static List<SequencedEvent> of(int size, SplittableRandom random) {
            return of(new PartyId(new UUID(0x5eed, 0x7a57)), "株式会社ひかり回線サポート", size, random);
        }

        /** The same kind of history for another party, so that a ledger can hold several, each with its own name. */
        static List<SequencedEvent> of(PartyId id, String name, int size, SplittableRandom random) {
            History h = new History(id, random);
            h.record(new RegisterParty(
                    h.id, PartyKind.RESELLER, new PartyDetails(new PartyName(name), null, null, null, null), h.now));
            double meanGapSeconds = SPAN.toSeconds() / (double) size;
            while (h.recorded.size() < size) {
                // Exponential gaps: calls come in bursts and lulls, not on a timetable.
                long gap = (long) (-Math.log(1 - random.nextDouble()) * meanGapSeconds);
                h.now = h.now.plusSeconds(Math.max(1, gap));
                h.next();
            }
            return SequencedEvent.numbered(h.recorded);
        }

        private void next() {
            int roll = random.nextInt(100);
            if (state.terminated()) {
                // Terminated: refused requests until the shop takes the party back.
                if (roll < 10) {
                    record(new ReinstateRelationship(id, "新しい担当者のもとで改善を約束したため試行再開", now));
                } else {
                    request(Answer.REFUSED);
                }
            } else if (roll < 45) {
                request(Answer.ACCEPTED);
            } else if (roll < 55) {
                request(Answer.REFUSED);
            } else if (roll < 75) {
                boolean withheld = random.nextInt(4) == 0;
                record(new IdentifyCaller(id, withheld ? null : new PersonName("佐藤 健一"), !withheld, "営業", null, now));
            } else if (roll < 82) {
                trouble();
            } else if (roll < 89) {
                String invoice = "INV-" + ++invoices;
                ShortfallReason reason = ShortfallReason.values()[random.nextInt(ShortfallReason.values().length)];
                record(new RecordPaymentShort(
                        id,
                        invoice,
                        new Yen(11_000),
                        new Yen(reason == ShortfallReason.LATE ? 11_000 : 10_560),
                        reason,
                        reason == ShortfallReason.LATE ? 14 : 0,
                        now));
                if (state.outstandingByInvoice().get(invoice).value() > 0) {
                    open.addLast(invoice);
                }
            } else if (roll < 95 && !open.isEmpty()) {
                String invoice = open.removeFirst();
                record(new SettlePayment(
                        id, invoice, state.outstandingByInvoice().get(invoice), now));
            } else if (roll < 96) {
                record(new TerminateRelationship(id, "代理依頼が毎回トラブルになるため取引を停止する", now));
            } else {
                request(Answer.ACCEPTED);
            }
        }

        private void request(Answer answer) {
            record(new ReceiveRequest(
                    id,
                    Channel.PHONE,
                    true,
                    "お客様宅でのルーター設定の代行",
                    answer,
                    answer == Answer.REFUSED ? List.of("代理依頼は受けない") : List.of(),
                    now));
        }

        private void trouble() {
            int s = random.nextInt(10);
            Severity severity = s < 6 ? Severity.MINOR : s < 9 ? Severity.MAJOR : Severity.SEVERE;
            LocalDate occurredOn = random.nextBoolean()
                    ? null
                    : LocalDate.ofInstant(now, PartyDecider.SHOP_ZONE).minusDays(random.nextInt(10));
            TroubleCategory category = TroubleCategory.values()[random.nextInt(TroubleCategory.values().length)];
            record(new LogTrouble(id, category, severity, "お客様宅で契約内容と異なる案内があった", occurredOn, now));
        }

        private void record(PartyCommand command) {
            for (PartyEvent event : PartyDecider.decide(command, state)) {
                recorded.add(event);
                state = PartyDecider.evolve(state, event);
            }
        }
    }
}
