package org.trustledger.domain.trust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trustledger.domain.trust.PartyHistory.day;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.trustledger.domain.party.Severity;
import org.trustledger.domain.party.ShortfallReason;

class TrustPolicyPropertiesTest {
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private final TrustPolicy policy = new TrustPolicy(TrustPolicySettings.defaults());

    @Property(tries = 200)
    void givenOnlyTroubles_whenAsOfMovesLater_thenTheScoreNeverIncreases(
            @ForAll("troublesOnly") List<Step> steps,
            @ForAll @IntRange(min = 0, max = 2000) int firstDaysAfter,
            @ForAll @IntRange(min = 0, max = 2000) int moreDays) {
        Built built = build(steps);
        Instant earlier = day(built.lastDay() + firstDaysAfter);
        Instant later = day(built.lastDay() + firstDaysAfter + moreDays);

        double before = policy.assess(built.events(), earlier).score();
        double after = policy.assess(built.events(), later).score();

        assertThat(after).isLessThanOrEqualTo(before);
    }

    @Property(tries = 200)
    void statusAsOfAMomentEqualsStatusOfTheHistoryCutAtThatMoment(
            @ForAll("histories") List<Step> steps,
            @ForAll @IntRange(min = 0, max = 1600) int asOfDay,
            @ForAll boolean linkedToTerminated) {
        List<SequencedEvent> events = build(steps).events();
        Instant asOf = day(asOfDay + 0.3);
        List<SequencedEvent> cut = events.stream()
                .filter(e -> !e.event().recordedAt().isAfter(asOf))
                .toList();

        assertThat(policy.assess(events, asOf, PartyHistory.linked(linkedToTerminated)))
                .isEqualTo(policy.assess(cut, asOf, PartyHistory.linked(linkedToTerminated)));
    }

    @Property(tries = 200)
    void everyReasonPointsAtEventsOfTheInput(
            @ForAll("histories") List<Step> steps,
            @ForAll @IntRange(min = 0, max = 1600) int asOfDay,
            @ForAll boolean linkedToTerminated) {
        List<SequencedEvent> events = build(steps).events();
        Set<Long> sequences = events.stream().map(SequencedEvent::sequence).collect(Collectors.toSet());

        TrustAssessment assessment = policy.assess(events, day(asOfDay), PartyHistory.linked(linkedToTerminated));

        assertThat(assessment.reasons()).isNotEmpty().allSatisfy(reason -> {
            assertThat(sequences).containsAll(reason.eventSequences());
            assertThat(reason.messageKey()).isEqualTo("trust.reason." + reason.code());
        });
    }

    /** One generated step of a history: what happens, and how many hours after the step before. */
    record Step(Kind kind, int hoursLater, Severity severity, ShortfallReason reason, int occurredDaysBefore) {}

    enum Kind {
        ACCEPTED_JOB,
        REFUSED_REQUEST,
        NAME_WITHHELD,
        NAME_GIVEN,
        TROUBLE,
        PAID_SHORT,
        SETTLED,
        TERMINATED_OR_REINSTATED,
        AMENDED
    }

    @Provide
    Arbitrary<List<Step>> histories() {
        return steps(Arbitraries.of(Kind.class));
    }

    @Provide
    Arbitrary<List<Step>> troublesOnly() {
        return steps(Arbitraries.just(Kind.TROUBLE));
    }

    private static Arbitrary<List<Step>> steps(Arbitrary<Kind> kinds) {
        return Combinators.combine(
                        kinds,
                        Arbitraries.integers().between(0, 60 * 24),
                        Arbitraries.of(Severity.class),
                        Arbitraries.of(ShortfallReason.class),
                        Arbitraries.integers().between(-1, 20))
                .as(Step::new)
                .list()
                .ofMaxSize(25);
    }

    private record Built(List<SequencedEvent> events, double lastDay) {}

    /** Turns steps into a history the decider could have produced: settlements only against open invoices. */
    private static Built build(List<Step> steps) {
        PartyHistory history = PartyHistory.registered();
        Deque<String> open = new ArrayDeque<>();
        boolean terminated = false;
        int invoices = 0;
        double now = 0;
        for (Step step : steps) {
            now += step.hoursLater() / 24.0;
            switch (step.kind()) {
                case ACCEPTED_JOB -> history.acceptedJob(now);
                case REFUSED_REQUEST -> history.refusedRequest(now);
                case NAME_WITHHELD -> history.nameWithheld(now);
                case NAME_GIVEN -> history.nameGiven(now);
                case TROUBLE -> {
                    if (step.occurredDaysBefore() < 0) {
                        history.trouble(now, step.severity());
                    } else {
                        LocalDate occurred =
                                LocalDate.ofInstant(day(now), TOKYO).minusDays(step.occurredDaysBefore());
                        history.troubleThatOccurredOn(now, step.severity(), occurred);
                    }
                }
                case PAID_SHORT -> {
                    String invoice = "INV-" + ++invoices;
                    history.paidShort(now, invoice, 11_000, 10_000, step.reason());
                    open.push(invoice);
                }
                case SETTLED -> {
                    if (!open.isEmpty()) {
                        // Odd severities settle only half, so partial settlements are generated too.
                        boolean fully = step.severity() != Severity.MAJOR;
                        String invoice = fully ? open.pop() : open.peek();
                        history.settled(now, invoice, fully ? 1_000 : 500, fully ? 0 : 500);
                    }
                }
                case TERMINATED_OR_REINSTATED -> {
                    if (terminated) {
                        history.reinstated(now);
                    } else {
                        history.terminated(now);
                    }
                    terminated = !terminated;
                }
                case AMENDED -> history.amended(now);
            }
        }
        return new Built(history.events(), now);
    }
}
