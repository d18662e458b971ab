package org.trustledger.domain.trust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.constraints.IntRange;
import org.trustledger.domain.identity.PartyName;
import org.trustledger.domain.party.Answer;
import org.trustledger.domain.party.Channel;
import org.trustledger.domain.party.PartyDetails;
import org.trustledger.domain.party.PartyEvent;
import org.trustledger.domain.party.PartyEvent.CallerIdentified;
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
 * The incremental fold of {@link TrustPolicy} answers as {@link ReferenceTrustPolicy}, which sums all evidence again at
 * every check, on random histories and settings: long quiet stretches and bursts, troubles logged late, jobs spoiled
 * before and after their probation, partial and unknown settlements, terminations and reinstatements in any order.
 */
class TrustPolicyFoldPropertiesTest {
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final Instant START = Instant.parse("2024-01-05T00:30:00Z");
    private static final PartyId PARTY = new PartyId(UUID.fromString("0f7c6a52-51c4-4e1d-9a39-2b7d4c1e8a10"));

    @Property(tries = 400)
    void foldAnswersAsSummingEverythingAgainAtEveryCheck(
            @ForAll("histories") List<Step> steps,
            @ForAll("settings") TrustPolicySettings settings,
            @ForAll @IntRange(min = -30, max = 900) int asOfDaysAfterLast,
            @ForAll boolean linkedToTerminated) {
        List<SequencedEvent> history = build(steps);
        Instant last = history.getLast().event().recordedAt();
        Instant asOf = asOfDaysAfterLast < 0
                ? history.get(history.size() / 2).event().recordedAt()
                : last.plus(Duration.ofHours(7L * asOfDaysAfterLast));

        TrustAssessment folded =
                new TrustPolicy(settings).assess(history, asOf, PartyHistory.linked(linkedToTerminated));
        TrustAssessment reference =
                new ReferenceTrustPolicy(settings).assess(history, asOf, PartyHistory.linked(linkedToTerminated));

        assertThat(folded.status()).isEqualTo(reference.status());
        assertThat(folded.score()).isCloseTo(reference.score(), within(1e-9));
        assertThat(folded.reasons()).isEqualTo(reference.reasons());
    }

    @Property(tries = 100)
    void foldAnswersAsTheReferenceAtEveryEventOfAHistory(@ForAll("histories") List<Step> steps) {
        List<SequencedEvent> history = build(steps);
        TrustPolicy policy = new TrustPolicy(TrustPolicySettings.defaults());
        ReferenceTrustPolicy reference = new ReferenceTrustPolicy(TrustPolicySettings.defaults());
        for (SequencedEvent event : history) {
            // Each event's own moment is a mark where the score is at its sharpest: exactly on a threshold, often.
            Instant at = event.event().recordedAt();
            assertThat(policy.assess(history, at)).isEqualTo(reference.assess(history, at));
        }
    }

    @Property(tries = 25)
    void foldAnswersAsTheReferenceOnLongHistories(
            @ForAll("longHistories") List<Step> steps, @ForAll @IntRange(min = 0, max = 400) int asOfDaysAfterLast) {
        List<SequencedEvent> history = build(steps);
        Instant asOf = history.getLast().event().recordedAt().plus(Duration.ofDays(asOfDaysAfterLast));
        TrustPolicySettings settings = TrustPolicySettings.defaults();

        assertThat(new TrustPolicy(settings).assess(history, asOf))
                .isEqualTo(new ReferenceTrustPolicy(settings).assess(history, asOf));
    }

    /** One generated step: what happens, how many minutes after the step before, and its particulars. */
    record Step(Kind kind, int minutesLater, Severity severity, ShortfallReason reason, int detail) {}

    enum Kind {
        ACCEPTED_JOB,
        REFUSED_REQUEST,
        NAME_WITHHELD,
        NAME_GIVEN,
        TROUBLE,
        PAID_SHORT,
        SETTLED,
        TERMINATED,
        REINSTATED
    }

    @Provide
    Arbitrary<List<Step>> histories() {
        // Mostly minutes to days apart, now and then months: bursts of calls and long quiet stretches.
        Arbitrary<Integer> gaps =
                Arbitraries.integers().between(0, 60 * 24 * 200).withDistribution(RandomDistribution.biased());
        return Combinators.combine(
                        Arbitraries.of(Kind.class),
                        gaps,
                        Arbitraries.of(Severity.class),
                        Arbitraries.of(ShortfallReason.class),
                        Arbitraries.integers().between(0, 40))
                .as(Step::new)
                .list()
                .ofMinSize(1)
                .ofMaxSize(120);
    }

    @Provide
    Arbitrary<List<Step>> longHistories() {
        // Hundreds of events a few days apart: many pieces counting at once, stopping and starting all the time.
        return Combinators.combine(
                        Arbitraries.of(Kind.class),
                        Arbitraries.integers().between(0, 60 * 24 * 8),
                        Arbitraries.of(Severity.class),
                        Arbitraries.of(ShortfallReason.class),
                        Arbitraries.integers().between(0, 40))
                .as(Step::new)
                .list()
                .ofMinSize(200)
                .ofMaxSize(600);
    }

    @Provide
    Arbitrary<TrustPolicySettings> settings() {
        return Combinators.combine(
                        Arbitraries.of(1, 7, 30, 180, 365),
                        Arbitraries.of(1, 10, 30, 90),
                        Arbitraries.of(0, 1, 30, 45),
                        Arbitraries.of(0.01, 0.05, 0.3),
                        Arbitraries.of(Duration.ofDays(1), Duration.ofHours(7), Duration.ofDays(10)),
                        Arbitraries.of(0.0, 2.5, 100.0))
                .as((troubleDays, withheldDays, probationDays, negligible, interval, cap) -> {
                    TrustPolicySettings d = TrustPolicySettings.defaults();
                    return new TrustPolicySettings(
                            d.troubleWeights(),
                            d.shortfallWeights(),
                            Duration.ofDays(troubleDays),
                            d.nameWithheldWeight(),
                            Duration.ofDays(withheldDays),
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

    /**
     * Turns steps into events as they might be stored, not only as the decider would write them today: settlements of
     * unknown invoices, partial ones, and a termination or reinstatement in any order are all folded somehow.
     */
    private static List<SequencedEvent> build(List<Step> steps) {
        List<PartyEvent> events = new ArrayList<>();
        Instant now = START;
        PartyDetails details = new PartyDetails(new PartyName("株式会社ひかり回線サポート"), null, null, null, null);
        events.add(new PartyRegistered(PARTY, PartyKind.RESELLER, details, now));
        int invoices = 0;
        for (Step step : steps) {
            now = now.plus(Duration.ofMinutes(step.minutesLater()));
            events.add(
                    switch (step.kind()) {
                        case ACCEPTED_JOB -> request(Answer.ACCEPTED, now);
                        case REFUSED_REQUEST -> request(Answer.REFUSED, now);
                        case NAME_WITHHELD -> new CallerIdentified(PARTY, null, false, "営業", null, now);
                        case NAME_GIVEN -> new CallerIdentified(PARTY, null, true, "営業", null, now);
                        case TROUBLE ->
                            new TroubleLogged(
                                    PARTY,
                                    TroubleCategory.WRONG_PLAN,
                                    step.severity(),
                                    "戸建てプランで契約された",
                                    // Every third one is logged without a day; the others up to 39 days late.
                                    step.detail() % 3 == 0
                                            ? null
                                            : LocalDate.ofInstant(now, TOKYO).minusDays(step.detail()),
                                    now);
                        case PAID_SHORT ->
                            new PaymentShort(
                                    PARTY,
                                    "INV-" + ++invoices,
                                    new Yen(11_000),
                                    new Yen(10_000),
                                    new Yen(1_000),
                                    step.reason(),
                                    0,
                                    now);
                        case SETTLED -> {
                            // Mostly a recent invoice, sometimes one never recorded; a third are partial payments.
                            String invoice = "INV-" + Math.max(1, invoices - step.detail() % 4);
                            long left = step.detail() % 3 == 0 ? 500 : 0;
                            yield new PaymentSettled(PARTY, invoice, new Yen(1_000 - left), new Yen(left), now);
                        }
                        case TERMINATED -> new RelationshipTerminated(PARTY, "取引停止", now);
                        case REINSTATED -> new RelationshipReinstated(PARTY, "取引再開", now);
                    });
        }
        return SequencedEvent.numbered(events);
    }

    private static RequestReceived request(Answer answer, Instant at) {
        List<String> reasons = answer == Answer.REFUSED ? List.of("代理依頼は受けない") : List.of();
        return new RequestReceived(PARTY, Channel.PHONE, true, "ルーター設定の代行", answer, reasons, at);
    }
}
