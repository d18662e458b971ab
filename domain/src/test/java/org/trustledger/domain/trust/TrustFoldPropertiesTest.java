package org.trustledger.domain.trust;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;
import org.trustledger.domain.party.PartyDecider;
import org.trustledger.domain.party.PartyState;
import org.trustledger.domain.trust.TrustPolicyEachEventPropertiesTest.Step;

/**
 * The fold a party keeps, taking one event at a time, answers as the policy's fold of the whole history from scratch,
 * on random histories with retractions, events stamped before the one before them (where the kept fold is made again
 * from the history), troubles logged late, jobs spoiled in and after probation, and links to terminated parties; asked
 * at the latest event and at random instants after it.
 */
class TrustFoldPropertiesTest {

    @Property(tries = 300)
    void theKeptFoldAnswersAsAFoldFromScratch(
            @ForAll("histories") List<Step> steps,
            @ForAll("settings") TrustPolicySettings settings,
            @ForAll("hoursLater") List<Integer> hoursLater,
            @ForAll boolean linked) {
        List<SequencedEvent> history = TrustPolicyEachEventPropertiesTest.build(steps);
        TrustPolicy policy = new TrustPolicy(settings);
        List<TerminatedLink> links = PartyHistory.linked(linked);

        TrustFold fold = TrustFold.empty(settings);
        PartyState state = PartyState.INITIAL;
        int rebuilt = 0;
        for (int i = 0; i < history.size(); i++) {
            SequencedEvent event = history.get(i);
            List<SequencedEvent> known = history.subList(0, i + 1);
            if (!fold.add(event, state)) {
                fold = TrustFold.of(known, settings);
                rebuilt++;
            }
            if (hoursLater.get(i % hoursLater.size()) % 3 == 0) {
                // Now and then stored and read back, as a snapshot is, without the indexes it does not store.
                fold = fold.readBack();
            }
            state = PartyDecider.evolve(state, event.event());
            Instant latest = fold.latest();
            assertThat(fold.assess(policy, state, latest, links))
                    .as("after sequence %d, as of its latest event", event.sequence())
                    .isEqualTo(policy.assess(known, latest, links));
            Instant later = latest.plus(Duration.ofHours(hoursLater.get(i % hoursLater.size())));
            assertThat(fold.assess(policy, state, later, links))
                    .as("after sequence %d, as of %s", event.sequence(), later)
                    .isEqualTo(policy.assess(known, later, links));
        }
        Statistics.label("made again from the history").collect(rebuilt == 0 ? "never" : "at times");
    }

    @Property(tries = 20)
    void longHistoriesFoldedOneEventAtATimeAnswerAsFromScratch(
            @ForAll("longHistories") List<Step> steps, @ForAll("hoursLater") List<Integer> hoursLater) {
        List<SequencedEvent> history = TrustPolicyEachEventPropertiesTest.build(steps);
        TrustPolicySettings settings = TrustPolicySettings.defaults();
        TrustPolicy policy = new TrustPolicy(settings);

        TrustFold fold = TrustFold.empty(settings);
        PartyState state = PartyState.INITIAL;
        for (SequencedEvent event : history) {
            if (!fold.add(event, state)) {
                fold = TrustFold.of(history.subList(0, (int) event.sequence()), settings);
            }
            state = PartyDecider.evolve(state, event.event());
        }
        for (int hours : hoursLater) {
            Instant asOf = fold.latest().plus(Duration.ofHours(hours));
            assertThat(fold.assess(policy, state, asOf, List.of())).isEqualTo(policy.assess(history, asOf));
        }
    }

    @Test
    void eventsInOrderWithoutRetractionsAreFoldedInOneAtATime() {
        PartyHistory history = PartyHistory.registered()
                .trouble(1, org.trustledger.domain.party.Severity.MAJOR)
                .acceptedJob(2)
                .acceptedJob(40)
                .trouble(41, org.trustledger.domain.party.Severity.MINOR);
        TrustPolicySettings settings = TrustPolicySettings.defaults();
        TrustFold fold = TrustFold.empty(settings);
        PartyState state = PartyState.INITIAL;
        for (SequencedEvent event : history.events()) {
            assertThat(fold.add(event, state)).isTrue();
            state = PartyDecider.evolve(state, event.event());
        }
        Instant asOf = PartyHistory.day(120);
        assertThat(fold.assess(new TrustPolicy(settings), state, asOf, List.of()))
                .isEqualTo(new TrustPolicy(settings).assess(history.events(), asOf));
    }

    @Provide
    Arbitrary<List<Step>> histories() {
        Arbitrary<Integer> gaps =
                Arbitraries.integers().between(0, 60 * 24 * 200).withDistribution(RandomDistribution.biased());
        return TrustPolicyEachEventPropertiesTest.steps(gaps, 1, 80);
    }

    @Provide
    Arbitrary<List<Step>> longHistories() {
        return TrustPolicyEachEventPropertiesTest.steps(Arbitraries.integers().between(0, 60 * 24 * 8), 200, 400);
    }

    @Provide
    Arbitrary<List<Integer>> hoursLater() {
        // Often at once, mostly within days, now and then years: fading out and leaving a tier between events.
        return Arbitraries.integers()
                .between(0, 24 * 900)
                .withDistribution(RandomDistribution.biased())
                .list()
                .ofMinSize(1)
                .ofMaxSize(8);
    }

    @Provide
    Arbitrary<TrustPolicySettings> settings() {
        return new TrustPolicyEachEventPropertiesTest().settings();
    }
}
