package org.trustledger.domain.trust;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.trustledger.domain.identity.PartyName;
import org.trustledger.domain.party.Answer;
import org.trustledger.domain.party.Channel;
import org.trustledger.domain.party.PartyDetails;
import org.trustledger.domain.party.PartyEvent;
import org.trustledger.domain.party.PartyEvent.CallerIdentified;
import org.trustledger.domain.party.PartyEvent.EntryRetracted;
import org.trustledger.domain.party.PartyEvent.PartyRegistered;
import org.trustledger.domain.party.PartyEvent.PaymentSettled;
import org.trustledger.domain.party.PartyEvent.PaymentShort;
import org.trustledger.domain.party.PartyEvent.RelationshipReinstated;
import org.trustledger.domain.party.PartyEvent.RelationshipTerminated;
import org.trustledger.domain.party.PartyEvent.RequestReceived;
import org.trustledger.domain.party.PartyEvent.TroubleLogged;
import org.trustledger.domain.party.PartyId;
import org.trustledger.domain.party.PartyKind;
import org.trustledger.domain.party.Severity;
import org.trustledger.domain.party.ShortfallReason;
import org.trustledger.domain.party.TroubleCategory;
import org.trustledger.domain.party.Yen;

/**
 * The status after each event from one walk, {@link TrustPolicy#assessAtEachEvent}, is what folding each event's own
 * prefix as of its instant answers, on random histories with bursts at one instant, troubles logged late, jobs spoiled
 * before and after their probation, retractions, and events stamped earlier than the one before them.
 */
class TrustPolicyEachEventPropertiesTest {
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final Instant START = Instant.parse("2024-01-05T00:30:00Z");
    private static final PartyId PARTY = new PartyId(UUID.fromString("3b0d8a1c-6f2e-4d57-9c1a-8e4f2b7d6a90"));

    /** Links that come and go with the party's state, so that the walk must ask for them with the state of each event. */
    private static final TrustPolicy.LinksAt LINKS = (state, at) ->
            state.registered() && !state.terminated() && state.eventCount() % 3 == 0 ? PartyHistory.LINKED : List.of();

    @Property(tries = 300)
    void eachEventIsAssessedAsItsOwnPrefixAsOfItsInstant(
            @ForAll("histories") List<Step> steps, @ForAll("settings") TrustPolicySettings settings) {
        List<SequencedEvent> history = build(steps);
        TrustPolicy policy = new TrustPolicy(settings);

        List<TrustAssessment> walked = policy.assessAtEachEvent(history, LINKS);

        assertThat(walked).hasSize(history.size());
        for (int i = 0; i < history.size(); i++) {
            Instant at = history.get(i).event().recordedAt();
            TrustPolicy.Folded folded = policy.fold(history.subList(0, i + 1), at);
            assertThat(walked.get(i))
                    .as("after sequence %d", history.get(i).sequence())
                    .isEqualTo(folded.assess(LINKS.of(folded.state(), at)));
        }
    }

    @Property(tries = 20)
    void longHistoriesAreAssessedAsTheirPrefixes(@ForAll("longHistories") List<Step> steps) {
        List<SequencedEvent> history = build(steps);
        TrustPolicy policy = new TrustPolicy(TrustPolicySettings.defaults());

        List<TrustAssessment> walked = policy.assessAtEachEvent(history, LINKS);

        for (int i = 0; i < history.size(); i++) {
            Instant at = history.get(i).event().recordedAt();
            TrustPolicy.Folded folded = policy.fold(history.subList(0, i + 1), at);
            assertThat(walked.get(i)).isEqualTo(folded.assess(LINKS.of(folded.state(), at)));
        }
    }

    @Property(tries = 200)
    void aStreamedWalkFromAnEventOnAssessesEachEventAsItsPrefix(
            @ForAll("histories") List<Step> steps, @ForAll @IntRange(min = 1, max = 40) int from) {
        List<SequencedEvent> history = build(steps);
        TrustPolicy policy = new TrustPolicy(TrustPolicySettings.defaults());
        List<Long> reread = new ArrayList<>();

        List<TrustAssessment> walked = new ArrayList<>();
        policy.assessAlong(
                history.iterator(),
                sequence -> {
                    reread.add(sequence);
                    return history.stream()
                            .filter(e -> e.sequence() <= sequence)
                            .toList();
                },
                LINKS,
                from,
                walked::add);

        List<SequencedEvent> wanted =
                history.stream().filter(e -> e.sequence() >= from).toList();
        assertThat(walked).hasSize(wanted.size());
        for (int i = 0; i < wanted.size(); i++) {
            SequencedEvent event = wanted.get(i);
            Instant at = event.event().recordedAt();
            TrustPolicy.Folded folded = policy.fold(history.subList(0, (int) event.sequence()), at);
            assertThat(walked.get(i))
                    .as("after sequence %d", event.sequence())
                    .isEqualTo(folded.assess(LINKS.of(folded.state(), at)));
        }
        // Only what the kept fold cannot take is read again: a retraction or an event stamped before an earlier one.
        Instant latest = null;
        for (SequencedEvent event : history) {
            Instant at = event.event().recordedAt();
            boolean foldable = !(event.event() instanceof EntryRetracted) && (latest == null || !at.isBefore(latest));
            assertThat(reread.contains(event.sequence()))
                    .as("sequence %d read again", event.sequence())
                    .isEqualTo(!foldable);
            latest = latest == null || at.isAfter(latest) ? at : latest;
        }
    }

    @Test
    void aRetractionWithdrawsItsEntryOnlyFromItsOwnInstantOn() {
        Instant day0 = START;
        List<SequencedEvent> history = SequencedEvent.numbered(List.of(
                registered(day0),
                new TroubleLogged(
                        PARTY, TroubleCategory.WRONG_PLAN, Severity.SEVERE, "戸建てプラン", null, day0.plusSeconds(60)),
                new EntryRetracted(PARTY, 2, "別の業者の記録だった", day0.plus(Duration.ofDays(1)))));

        List<TrustAssessment> walked =
                new TrustPolicy(TrustPolicySettings.defaults()).assessAtEachEvent(history, LINKS);

        assertThat(walked.get(1).reasonCodes()).contains(ReasonCode.TROUBLES.name());
        assertThat(walked.get(2).reasonCodes()).doesNotContain(ReasonCode.TROUBLES.name());
    }

    @Test
    void anEventStampedEarlierDoesNotSeeTheEventsStampedAfterIt() {
        Instant day0 = START;
        List<SequencedEvent> history = SequencedEvent.numbered(List.of(
                registered(day0),
                new TroubleLogged(
                        PARTY,
                        TroubleCategory.WRONG_PLAN,
                        Severity.SEVERE,
                        "戸建てプラン",
                        null,
                        day0.plus(Duration.ofDays(2))),
                // A retried command keeps the stamp it was first sent with.
                request(Answer.REFUSED, day0.plus(Duration.ofDays(1)))));

        List<TrustAssessment> walked =
                new TrustPolicy(TrustPolicySettings.defaults()).assessAtEachEvent(history, LINKS);

        assertThat(walked.get(1).reasonCodes()).contains(ReasonCode.TROUBLES.name());
        assertThat(walked.get(2).reasonCodes()).doesNotContain(ReasonCode.TROUBLES.name());
    }

    /** One generated step: what happens, how many minutes after the step before, and its particulars. */
    record Step(Kind kind, int minutesLater, Severity severity, ShortfallReason reason, int detail, boolean earlier) {}

    enum Kind {
        ACCEPTED_JOB,
        REFUSED_REQUEST,
        NAME_WITHHELD,
        TROUBLE,
        PAID_SHORT,
        SETTLED,
        TERMINATED,
        REINSTATED,
        RETRACTED
    }

    @Provide
    Arbitrary<List<Step>> histories() {
        // Often at the very same instant, mostly minutes to days apart, now and then months.
        Arbitrary<Integer> gaps =
                Arbitraries.integers().between(0, 60 * 24 * 200).withDistribution(RandomDistribution.biased());
        return steps(gaps, 1, 80);
    }

    @Provide
    Arbitrary<List<Step>> longHistories() {
        return steps(Arbitraries.integers().between(0, 60 * 24 * 8), 200, 400);
    }

    static Arbitrary<List<Step>> steps(Arbitrary<Integer> gaps, int min, int max) {
        return Combinators.combine(
                        Arbitraries.of(Kind.class),
                        gaps,
                        Arbitraries.of(Severity.class),
                        Arbitraries.of(ShortfallReason.class),
                        Arbitraries.integers().between(0, 40),
                        // Now and then a retried command, stamped before the event recorded just before it.
                        Arbitraries.integers().between(0, 9).map(n -> n == 0))
                .as(Step::new)
                .list()
                .ofMinSize(min)
                .ofMaxSize(max);
    }

    @Provide
    Arbitrary<TrustPolicySettings> settings() {
        return Combinators.combine(
                        Arbitraries.of(1, 30, 180),
                        Arbitraries.of(0, 1, 30),
                        Arbitraries.of(0.01, 0.3),
                        Arbitraries.of(Duration.ofDays(1), Duration.ofHours(7)),
                        Arbitraries.of(0.0, 2.5, 100.0))
                .as((troubleDays, probationDays, negligible, interval, cap) -> {
                    TrustPolicySettings d = TrustPolicySettings.defaults();
                    return new TrustPolicySettings(
                            d.troubleWeights(),
                            d.shortfallWeights(),
                            Duration.ofDays(troubleDays),
                            d.nameWithheldWeight(),
                            d.nameWithheldHalfLife(),
                            d.acceptedJobCredit(),
                            d.settledShortfallCredit(),
                            Duration.ofDays(troubleDays * 2L),
                            Duration.ofDays(probationDays),
                            cap,
                            d.watchEnter(),
                            d.watchExit(),
                            d.unreliableEnter(),
                            d.unreliableExit(),
                            negligible,
                            interval);
                })
                .edgeCases(edges -> edges.add(TrustPolicySettings.defaults()));
    }

    static List<SequencedEvent> build(List<Step> steps) {
        List<PartyEvent> events = new ArrayList<>();
        Instant now = START;
        events.add(registered(now));
        Set<Long> retracted = new HashSet<>();
        int invoices = 0;
        for (Step step : steps) {
            now = now.plus(Duration.ofMinutes(step.minutesLater()));
            // A retraction is decided after its entry exists, so even retried it is never stamped before it.
            boolean backDated = step.earlier() && step.kind() != Kind.RETRACTED;
            Instant at = backDated ? now.minus(Duration.ofHours(1 + step.detail())) : now;
            long target = retractable(events, retracted, step.detail());
            events.add(
                    switch (step.kind()) {
                        case ACCEPTED_JOB -> request(Answer.ACCEPTED, at);
                        case REFUSED_REQUEST -> request(Answer.REFUSED, at);
                        case NAME_WITHHELD -> new CallerIdentified(PARTY, null, false, "営業", null, at);
                        case TROUBLE ->
                            new TroubleLogged(
                                    PARTY,
                                    TroubleCategory.WRONG_PLAN,
                                    step.severity(),
                                    "戸建てプランで契約された",
                                    step.detail() % 3 == 0
                                            ? null
                                            : LocalDate.ofInstant(at, TOKYO).minusDays(step.detail()),
                                    at);
                        case PAID_SHORT ->
                            new PaymentShort(
                                    PARTY,
                                    "INV-" + ++invoices,
                                    new Yen(11_000),
                                    new Yen(10_000),
                                    new Yen(1_000),
                                    step.reason(),
                                    0,
                                    at);
                        case SETTLED -> {
                            String invoice = "INV-" + Math.max(1, invoices - step.detail() % 4);
                            long left = step.detail() % 3 == 0 ? 500 : 0;
                            yield new PaymentSettled(PARTY, invoice, new Yen(1_000 - left), new Yen(left), at);
                        }
                        case TERMINATED -> new RelationshipTerminated(PARTY, "取引停止", at);
                        case REINSTATED -> new RelationshipReinstated(PARTY, "取引再開", at);
                        case RETRACTED -> {
                            if (target < 0) {
                                yield request(Answer.REFUSED, at);
                            }
                            retracted.add(target);
                            yield new EntryRetracted(PARTY, target, "誤って記録した", at);
                        }
                    });
        }
        return SequencedEvent.numbered(events);
    }

    /** A recorded entry that may still be retracted, picked by {@code detail}, or -1 when there is none. */
    private static long retractable(List<PartyEvent> events, Set<Long> retracted, int detail) {
        List<Long> open = new ArrayList<>();
        for (int i = 1; i < events.size(); i++) {
            long sequence = i + 1L;
            if (!(events.get(i) instanceof EntryRetracted) && !retracted.contains(sequence)) {
                open.add(sequence);
            }
        }
        return open.isEmpty() ? -1 : open.get(open.size() - 1 - detail % open.size());
    }

    private static PartyRegistered registered(Instant at) {
        PartyDetails details = new PartyDetails(new PartyName("株式会社ひかり回線サポート"), null, null, null, null);
        return new PartyRegistered(PARTY, PartyKind.RESELLER, details, at);
    }

    private static RequestReceived request(Answer answer, Instant at) {
        List<String> reasons = answer == Answer.REFUSED ? List.of("代理依頼は受けない") : List.of();
        return new RequestReceived(PARTY, Channel.PHONE, true, "ルーター設定の代行", answer, reasons, at);
    }
}
