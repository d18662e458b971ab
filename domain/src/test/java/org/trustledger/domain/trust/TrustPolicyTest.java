package org.trustledger.domain.trust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.trustledger.domain.trust.PartyHistory.day;
import static org.trustledger.domain.trust.PartyHistory.registered;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.trustledger.domain.InvalidValueException;
import org.trustledger.domain.identity.PartyName;
import org.trustledger.domain.party.PartyDetails;
import org.trustledger.domain.party.PartyEvent.PartyRegistered;
import org.trustledger.domain.party.PartyId;
import org.trustledger.domain.party.PartyKind;
import org.trustledger.domain.party.Severity;
import org.trustledger.domain.party.ShortfallReason;

class TrustPolicyTest {
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private final TrustPolicy policy = new TrustPolicy(TrustPolicySettings.defaults());

    private TrustAssessment assess(PartyHistory history, double asOfDay) {
        return policy.assess(history.events(), day(asOfDay));
    }

    @Nested
    class NoEvidence {
        @Test
        void givenFreshParty_thenNewWithNoEvidence() {
            TrustAssessment assessment = assess(registered(), 0);

            assertThat(assessment.status()).isEqualTo(TrustStatus.NEW);
            assertThat(assessment.score()).isZero();
            assertThat(assessment.reasonCodes()).containsExactly("NO_EVIDENCE");
            assertThat(assessment.reasons().get(0).messageKey()).isEqualTo("trust.reason.NO_EVIDENCE");
        }

        @Test
        void givenOnlyAmendmentsRefusalsAndNamedCallers_thenStillNew() {
            PartyHistory history =
                    registered().amended(1).refusedRequest(2).nameGiven(3).refusedRequest(40);

            TrustAssessment assessment = assess(history, 60);

            assertThat(assessment.status()).isEqualTo(TrustStatus.NEW);
            assertThat(assessment.reasonCodes()).containsExactly("NO_EVIDENCE");
        }

        @Test
        void givenEmptyHistory_thenNew() {
            TrustAssessment assessment = policy.assess(List.of(), day(0));

            assertThat(assessment.status()).isEqualTo(TrustStatus.NEW);
            assertThat(assessment.reasonCodes()).containsExactly("NO_EVIDENCE");
        }

        @Test
        void givenJobAcceptedYesterday_thenNewUntilProbationPasses() {
            PartyHistory history = registered().acceptedJob(1);

            TrustAssessment tooSoon = assess(history, 2);
            TrustAssessment later = assess(history, 40);

            assertThat(tooSoon.status()).isEqualTo(TrustStatus.NEW);
            assertThat(tooSoon.reasonCodes()).containsExactly("JOBS_IN_PROBATION", "NO_EVIDENCE");
            assertThat(tooSoon.reason(ReasonCode.JOBS_IN_PROBATION)
                            .orElseThrow()
                            .args())
                    .containsEntry("count", 1)
                    .containsEntry("probationDays", 30L);
            assertThat(later.status()).isEqualTo(TrustStatus.GOOD);
        }
    }

    @Nested
    class GoodRecord {
        @Test
        void givenSeveralAcceptedJobs_thenGood() {
            PartyHistory history = registered().acceptedJobsEvery(0, 10, 4);

            TrustAssessment assessment = assess(history, 70);

            assertThat(assessment.status()).isEqualTo(TrustStatus.GOOD);
            assertThat(assessment.score()).isNegative();
            Reason good = assessment.reason(ReasonCode.GOOD_RECORD).orElseThrow();
            assertThat(good.args()).containsEntry("jobs", 4).containsEntry("settlements", 0);
            assertThat(good.eventSequences()).containsExactly(2L, 3L, 4L, 5L);
        }

        @Test
        void givenOneMinorTroubleAmongGoodJobs_thenStillGood() {
            PartyHistory history = registered().acceptedJobsEvery(0, 10, 6);
            long minor = history.nextSequence();
            history.trouble(100, Severity.MINOR);

            TrustAssessment assessment = assess(history, 110);

            assertThat(assessment.status()).isEqualTo(TrustStatus.GOOD);
            assertThat(assessment.reasonCodes()).containsExactly("TROUBLES", "GOOD_RECORD");
            Reason troubles = assessment.reason(ReasonCode.TROUBLES).orElseThrow();
            assertThat(troubles.args())
                    .containsEntry("count", 1)
                    .containsEntry("minor", 1)
                    .containsEntry("major", 0)
                    .containsEntry("severe", 0);
            assertThat(troubles.eventSequences()).containsExactly(minor);
        }

        @Test
        void givenMajorTroubleAmongManyGoodJobs_thenGood_butTheSameTroubleAloneIsWatch() {
            PartyHistory withRecord = registered().acceptedJobsEvery(0, 10, 6).trouble(100, Severity.MAJOR);
            PartyHistory alone = registered().trouble(100, Severity.MAJOR);

            assertThat(assess(withRecord, 101).status()).isEqualTo(TrustStatus.GOOD);
            assertThat(assess(alone, 101).status()).isEqualTo(TrustStatus.WATCH);
        }

        @Test
        void givenTroubleWithinProbationOfAJob_thenThatJobDoesNotCount() {
            PartyHistory history = registered().acceptedJob(0).acceptedJob(50).trouble(60, Severity.MINOR);

            Reason good = assess(history, 100).reason(ReasonCode.GOOD_RECORD).orElseThrow();

            assertThat(good.args()).containsEntry("jobs", 1);
            assertThat(good.eventSequences()).containsExactly(2L);
        }

        @Test
        void givenTroubleLoggedLateAboutAJob_thenTheJobStopsCountingFromWhenItWasLogged() {
            PartyHistory history = registered()
                    .acceptedJob(0)
                    .troubleThatOccurredOn(60, Severity.MINOR, LocalDate.ofInstant(day(5), TOKYO));

            assertThat(assess(history, 40).status()).isEqualTo(TrustStatus.GOOD);
            assertThat(assess(history, 61).status()).isEqualTo(TrustStatus.NEW);
            assertThat(assess(history, 61).reasonCodes()).containsExactly("TROUBLES", "NO_GOOD_RECORD");
        }
    }

    @Nested
    class TwoStrikes {
        @Test
        void givenTwoSevereTroublesWithinThreeMonths_thenUnreliable() {
            PartyHistory history = registered().trouble(0, Severity.SEVERE).trouble(89, Severity.SEVERE);

            TrustAssessment assessment = assess(history, 89);

            assertThat(assessment.status()).isEqualTo(TrustStatus.UNRELIABLE);
            Reason troubles = assessment.reason(ReasonCode.TROUBLES).orElseThrow();
            assertThat(troubles.args()).containsEntry("count", 2).containsEntry("severe", 2);
            assertThat(troubles.eventSequences()).containsExactly(2L, 3L);
        }

        @Test
        void givenTwoSevereTroublesWithinThreeMonths_evenAfterManyGoodJobs_thenUnreliable() {
            PartyHistory history = registered()
                    .acceptedJobsEvery(0, 10, 12)
                    .trouble(200, Severity.SEVERE)
                    .trouble(289, Severity.SEVERE);

            TrustAssessment assessment = assess(history, 289);

            assertThat(assessment.status()).isEqualTo(TrustStatus.UNRELIABLE);
            assertThat(assessment.reasonCodes()).contains("TROUBLES", "GOOD_RECORD");
        }

        @Test
        void givenTwoSevereTroublesAnyNumberOfDaysUpToThreeMonthsApart_withAFullGoodRecord_thenUnreliable() {
            for (int gap = 0; gap <= 92; gap++) {
                PartyHistory history = registered()
                        .acceptedJobsEvery(0, 10, 12)
                        .trouble(200, Severity.SEVERE)
                        .trouble(200 + gap, Severity.SEVERE);

                assertThat(assess(history, 200 + gap).status())
                        .as("two SEVERE troubles %d days apart", gap)
                        .isEqualTo(TrustStatus.UNRELIABLE);
            }
        }

        @Test
        void givenOneSevereTrouble_thenOnlyWatch() {
            assertThat(assess(registered().trouble(0, Severity.SEVERE), 1).status())
                    .isEqualTo(TrustStatus.WATCH);
        }

        @Test
        void givenTwoMajorTroublesWithinThreeMonths_thenWatchNotUnreliable_becauseTheRuleIsAboutSevereOnes() {
            PartyHistory history = registered().trouble(0, Severity.MAJOR).trouble(30, Severity.MAJOR);

            assertThat(assess(history, 30).status()).isEqualTo(TrustStatus.WATCH);
        }

        @Test
        void givenTheSameTwoSevereTroublesThreeYearsAgo_thenNoLongerUnreliable() {
            PartyHistory history = registered().trouble(0, Severity.SEVERE).trouble(89, Severity.SEVERE);

            TrustAssessment assessment = assess(history, 89 + 3 * 365);

            assertThat(assessment.status()).isEqualTo(TrustStatus.NEW);
            assertThat(assessment.score())
                    .isLessThan(TrustPolicySettings.defaults().watchExit());
            // Still shown, so staff can see the history is not blank, but weighing little.
            assertThat((double) assessment
                            .reason(ReasonCode.TROUBLES)
                            .orElseThrow()
                            .args()
                            .get("weight"))
                    .isLessThan(0.5);
        }

        @Test
        void givenTroubleLoggedLateWithTheDayItHappened_thenItAgesFromThatDay() {
            LocalDate halfLifeAgo = LocalDate.ofInstant(day(200 - 180), TOKYO);
            PartyHistory late = registered().troubleThatOccurredOn(200, Severity.SEVERE, halfLifeAgo);
            PartyHistory onTime = registered().trouble(200, Severity.SEVERE);

            double lateScore = assess(late, 200).score();
            double onTimeScore = assess(onTime, 200).score();

            // 10:00 in Tokyo against the start of the day: a few hours more than one half-life.
            assertThat(lateScore).isCloseTo(onTimeScore / 2, within(0.05));
        }
    }

    @Nested
    class Termination {
        @Test
        void givenTerminated_thenTerminated_andReinstatementClearsIt() {
            PartyHistory history = registered().acceptedJobsEvery(0, 10, 5);
            long termination = history.nextSequence();
            history.terminated(100);
            long reinstatement = history.nextSequence();
            history.reinstated(200);

            TrustAssessment whileTerminated = assess(history, 150);
            TrustAssessment afterwards = assess(history, 201);

            assertThat(whileTerminated.status()).isEqualTo(TrustStatus.TERMINATED);
            assertThat(whileTerminated.reasons().get(0).code()).isEqualTo("TERMINATED");
            assertThat(whileTerminated.reasons().get(0).eventSequences()).containsExactly(termination);
            assertThat(afterwards.status()).isEqualTo(TrustStatus.GOOD);
            assertThat(afterwards.reason(ReasonCode.REINSTATED).orElseThrow().eventSequences())
                    .containsExactly(termination, reinstatement);
            assertThat(afterwards.reasonCodes()).doesNotContain("TERMINATED");
        }

        @Test
        void givenTerminatedWithNoTroubleLogged_thenTerminatedAnyway_becauseItIsAHardFact() {
            PartyHistory history = registered().acceptedJobsEvery(0, 10, 5).terminated(100);

            assertThat(assess(history, 100 + 10 * 365).status()).isEqualTo(TrustStatus.TERMINATED);
        }

        @Test
        void givenTerminatedWithNothingElseOnRecord_thenNeverNoEvidence() {
            TrustAssessment assessment = assess(registered().terminated(0), 1);

            assertThat(assessment.status()).isEqualTo(TrustStatus.TERMINATED);
            assertThat(assessment.reasonCodes()).containsExactly("TERMINATED");
        }

        @Test
        void givenOnlyAnUnreviewedLink_thenTheLinkIsTheReason_notNoEvidence() {
            TrustAssessment assessment = policy.assess(registered().events(), day(1), PartyHistory.LINKED);

            assertThat(assessment.status()).isEqualTo(TrustStatus.PROVISIONAL);
            assertThat(assessment.reasonCodes()).containsExactly("LINKED_TO_TERMINATED");
            assertThat(assessment.reasons().get(0).args())
                    .containsEntry("party", List.of("株式会社ネクストライン"))
                    .containsEntry("evidenceKinds", List.of("ADDRESS"));
        }

        @Test
        void givenReinstatedAfterTroubles_thenOldTroublesStillCount() {
            PartyHistory history = registered()
                    .trouble(0, Severity.SEVERE)
                    .trouble(20, Severity.SEVERE)
                    .terminated(21)
                    .reinstated(60);

            TrustAssessment assessment = assess(history, 61);

            assertThat(assessment.status()).isEqualTo(TrustStatus.UNRELIABLE);
            assertThat(assessment.reasonCodes()).startsWith("REINSTATED").contains("TROUBLES");
        }

        @Test
        void givenTerminatedAgainAfterReinstatement_thenTerminated() {
            PartyHistory history = registered().terminated(1).reinstated(2);
            long again = history.nextSequence();
            history.terminated(3);

            TrustAssessment assessment = assess(history, 4);

            assertThat(assessment.status()).isEqualTo(TrustStatus.TERMINATED);
            assertThat(assessment.reasons().get(0).eventSequences()).containsExactly(again);
            assertThat(assessment.reasonCodes()).doesNotContain("REINSTATED");
        }
    }

    @Nested
    class Shortfalls {
        @Test
        void givenUnsettledShortfall_thenWatch_andSettlementClearsIt() {
            PartyHistory history = registered().acceptedJobsEvery(0, 10, 5);
            long shortfall = history.nextSequence();
            history.paidShort(100, "INV-2025-041", 33_000, 32_560, ShortfallReason.BANK_FEE_DEDUCTED);
            long settlement = history.nextSequence();
            history.settled(130, "INV-2025-041", 440, 0);

            TrustAssessment owing = assess(history, 110);
            TrustAssessment settled = assess(history, 131);

            assertThat(owing.status()).isEqualTo(TrustStatus.WATCH);
            assertThat(owing.score()).isLessThan(TrustPolicySettings.defaults().watchEnter());
            Reason unsettled = owing.reason(ReasonCode.UNSETTLED_SHORTFALL).orElseThrow();
            assertThat(unsettled.args()).containsEntry("invoices", 1).containsEntry("outstandingYen", 440L);
            assertThat(unsettled.eventSequences()).containsExactly(shortfall);
            assertThat(settled.status()).isEqualTo(TrustStatus.GOOD);
            assertThat(settled.reasonCodes()).doesNotContain("UNSETTLED_SHORTFALL");
            assertThat(settled.reason(ReasonCode.GOOD_RECORD).orElseThrow().eventSequences())
                    .contains(settlement);
            assertThat(settled.reason(ReasonCode.SHORT_PAYMENTS).orElseThrow().eventSequences())
                    .containsExactly(shortfall);
        }

        @Test
        void givenPartlySettledShortfall_thenStillWatch() {
            PartyHistory history = registered()
                    .paidShort(0, "INV-7", 22_000, 0, ShortfallReason.UNPAID)
                    .settled(40, "INV-7", 11_000, 11_000);

            TrustAssessment assessment = assess(history, 400);

            assertThat(assessment.status()).isEqualTo(TrustStatus.WATCH);
            Reason unsettled = assessment.reason(ReasonCode.UNSETTLED_SHORTFALL).orElseThrow();
            assertThat(unsettled.args()).containsEntry("outstandingYen", 11_000L);
            assertThat(unsettled.eventSequences()).containsExactly(2L, 3L);
        }

        @Test
        void givenUnsettledShortfallYearsAgo_thenStillWatch_becauseMoneyOwedDoesNotFade() {
            PartyHistory history =
                    registered().paidShort(0, "INV-9", 5_500, 5_000, ShortfallReason.UNILATERAL_REDUCTION);

            TrustAssessment assessment = assess(history, 5 * 365);

            assertThat(assessment.status()).isEqualTo(TrustStatus.WATCH);
            assertThat(assessment.reasonCodes()).containsExactly("UNSETTLED_SHORTFALL");
        }
    }

    @Nested
    class SoftEvidence {
        @Test
        void givenWithheldName_thenItFadesFasterThanATroubleOfTheSameWeight() {
            TrustPolicySettings defaults = TrustPolicySettings.defaults();
            assertThat(defaults.nameWithheldWeight())
                    .isEqualTo(defaults.troubleWeights().get(Severity.MINOR));
            PartyHistory withheld = registered().nameWithheld(0);
            PartyHistory minor = registered().trouble(0, Severity.MINOR);

            assertThat(assess(withheld, 0).score()).isEqualTo(assess(minor, 0).score());
            assertThat(assess(withheld, 60).score())
                    .isLessThan(assess(minor, 60).score() / 2);
            assertThat(assess(withheld, 150).reasonCodes()).doesNotContain("NAME_WITHHELD");
            assertThat(assess(minor, 150).reasonCodes()).contains("TROUBLES");
        }

        @Test
        void givenNameWithheldRecently_thenReasonPointsAtTheCall() {
            PartyHistory history = registered().nameGiven(1);
            long call = history.nextSequence();
            history.nameWithheld(2);

            TrustAssessment assessment = assess(history, 3);

            assertThat(assessment.status()).isEqualTo(TrustStatus.NEW);
            assertThat(assessment.reasonCodes()).containsExactly("NAME_WITHHELD", "NO_GOOD_RECORD");
            assertThat(assessment.reason(ReasonCode.NAME_WITHHELD).orElseThrow().eventSequences())
                    .containsExactly(call);
        }
    }

    @Nested
    class Replay {
        @Test
        void givenEventsRecordedAfterAsOf_thenTheyAreIgnored() {
            PartyHistory before = registered().acceptedJobsEvery(0, 10, 5);
            PartyHistory withLater = registered()
                    .acceptedJobsEvery(0, 10, 5)
                    .trouble(100, Severity.SEVERE)
                    .trouble(101, Severity.SEVERE)
                    .terminated(102);

            TrustAssessment asOf99 = assess(withLater, 99);

            assertThat(asOf99).isEqualTo(assess(before, 99));
            assertThat(asOf99.status()).isEqualTo(TrustStatus.GOOD);
            assertThat(assess(withLater, 102).status()).isEqualTo(TrustStatus.TERMINATED);
        }

        @Test
        void givenRichHistory_thenEveryReasonPointsAtRealEvents() {
            PartyHistory history = registered()
                    .acceptedJobsEvery(0, 7, 6)
                    .nameWithheld(50)
                    .trouble(60, Severity.MAJOR)
                    .paidShort(70, "INV-1", 10_000, 9_560, ShortfallReason.BANK_FEE_DEDUCTED)
                    .paidShort(71, "INV-2", 10_000, 0, ShortfallReason.UNPAID)
                    .settled(80, "INV-1", 440, 0)
                    .terminated(90)
                    .reinstated(120)
                    .trouble(124, Severity.SEVERE)
                    .acceptedJob(125);
            List<SequencedEvent> events = history.events();
            Set<Long> sequences = events.stream().map(SequencedEvent::sequence).collect(Collectors.toSet());

            for (double asOf = 0; asOf < 800; asOf += 3) {
                TrustAssessment assessment = policy.assess(events, day(asOf), PartyHistory.LINKED);
                assertThat(assessment.reasons())
                        .allSatisfy(r -> assertThat(sequences).containsAll(r.eventSequences()));
            }
            TrustAssessment at127 = policy.assess(events, day(127));
            assertThat(at127.reasonCodes())
                    .containsExactly(
                            "REINSTATED",
                            "UNSETTLED_SHORTFALL",
                            "TROUBLES",
                            "SHORT_PAYMENTS",
                            "NAME_WITHHELD",
                            "GOOD_RECORD",
                            "JOBS_IN_PROBATION");
        }
    }

    @Nested
    class Hysteresis {
        /** MAJOR weighs 3.2, just over the WATCH entry level of 3; everything halves in 100 days. */
        private final TrustPolicy crisp = new TrustPolicy(settings(3.2, Duration.ofDays(100)));

        private TrustAssessment at(PartyHistory history, double asOfDay) {
            return crisp.assess(history.events(), day(asOfDay));
        }

        @Test
        void givenScoreOscillatingAroundTheBoundary_thenTheTierDoesNotFlipBackAndForth() {
            PartyHistory history = registered();
            long major = history.nextSequence();
            history.trouble(0, Severity.MAJOR);

            TrustAssessment entered = at(history, 0);
            assertThat(entered.score()).isGreaterThanOrEqualTo(3.0);
            assertThat(entered.status()).isEqualTo(TrustStatus.WATCH);

            TrustAssessment dippedBelowEntry = at(history, 10);
            assertThat(dippedBelowEntry.score()).isBetween(2.0, 3.0);
            assertThat(dippedBelowEntry.status()).isEqualTo(TrustStatus.WATCH);
            Reason held = dippedBelowEntry.reason(ReasonCode.TIER_HELD).orElseThrow();
            assertThat(held.args())
                    .containsEntry("status", "WATCH")
                    .containsEntry("exitBelow", 2.0)
                    .containsEntry("since", "2025-04-01");
            assertThat(held.eventSequences()).containsExactly(major);

            history.trouble(20, Severity.MINOR);
            TrustAssessment backAbove = at(history, 20);
            assertThat(backAbove.score()).isGreaterThan(3.0);
            assertThat(backAbove.status()).isEqualTo(TrustStatus.WATCH);
            assertThat(backAbove.reasonCodes()).doesNotContain("TIER_HELD");

            TrustAssessment belowAgain = at(history, 60);
            assertThat(belowAgain.score()).isBetween(2.0, 3.0);
            assertThat(belowAgain.status()).isEqualTo(TrustStatus.WATCH);

            TrustAssessment belowExit = at(history, 120);
            assertThat(belowExit.score()).isLessThan(2.0);
            assertThat(belowExit.status()).isEqualTo(TrustStatus.NEW);

            // Nothing was recorded between day 20 and day 130, yet the fall below the exit level on the way counts:
            // a small new trouble does not drag the party back into WATCH.
            history.trouble(130, Severity.MINOR);
            TrustAssessment bumpedUp = at(history, 130);
            assertThat(bumpedUp.score()).isBetween(2.0, 3.0);
            assertThat(bumpedUp.status()).isEqualTo(TrustStatus.NEW);
        }

        @Test
        void givenUnreliable_thenItStepsDownThroughWatchAsTroublesFade() {
            PartyHistory history = registered().trouble(0, Severity.SEVERE).trouble(1, Severity.SEVERE);

            assertThat(at(history, 1).status()).isEqualTo(TrustStatus.UNRELIABLE);
            TrustAssessment held = at(history, 90);
            assertThat(held.score()).isBetween(5.0, 7.0);
            assertThat(held.status()).isEqualTo(TrustStatus.UNRELIABLE);
            assertThat(held.reason(ReasonCode.TIER_HELD).orElseThrow().args()).containsEntry("exitBelow", 5.0);
            TrustAssessment stepped = at(history, 140);
            assertThat(stepped.score()).isBetween(3.0, 5.0);
            assertThat(stepped.status()).isEqualTo(TrustStatus.WATCH);
        }

        private static TrustPolicySettings settings(double majorWeight, Duration halfLife) {
            TrustPolicySettings d = TrustPolicySettings.defaults();
            Map<Severity, Double> weights = new EnumMap<>(Severity.class);
            weights.put(Severity.MINOR, 1.0);
            weights.put(Severity.MAJOR, majorWeight);
            weights.put(Severity.SEVERE, 6.0);
            return new TrustPolicySettings(
                    weights,
                    d.shortfallWeights(),
                    halfLife,
                    d.nameWithheldWeight(),
                    d.nameWithheldHalfLife(),
                    d.acceptedJobCredit(),
                    d.settledShortfallCredit(),
                    d.goodHalfLife(),
                    d.jobProbation(),
                    d.goodCreditCap(),
                    3.0,
                    2.0,
                    7.0,
                    5.0,
                    d.negligibleWeight(),
                    d.tierCheckInterval());
        }
    }

    @Nested
    class LinkedToTerminated {
        @Test
        void givenLinkUnreviewed_thenProvisional() {
            PartyHistory history = registered().acceptedJobsEvery(0, 10, 5);

            TrustAssessment assessment = policy.assess(history.events(), day(100), PartyHistory.LINKED);

            assertThat(assessment.status()).isEqualTo(TrustStatus.PROVISIONAL);
            assertThat(assessment.reasonCodes())
                    .startsWith("LINKED_TO_TERMINATED")
                    .contains("GOOD_RECORD");
        }

        @Test
        void givenLinkUnreviewedButOwnRecordUnreliable_thenUnreliable() {
            PartyHistory history = registered().trouble(0, Severity.SEVERE).trouble(1, Severity.SEVERE);

            TrustAssessment assessment = policy.assess(history.events(), day(2), PartyHistory.LINKED);

            assertThat(assessment.status()).isEqualTo(TrustStatus.UNRELIABLE);
            assertThat(assessment.reasonCodes()).contains("LINKED_TO_TERMINATED");
        }

        @Test
        void givenLinkUnreviewedAndTerminatedItself_thenTerminated() {
            PartyHistory history = registered().terminated(1);

            assertThat(policy.assess(history.events(), day(2), PartyHistory.LINKED)
                            .status())
                    .isEqualTo(TrustStatus.TERMINATED);
        }
    }

    @Nested
    class Validation {
        @Test
        void givenHistoryOutOfOrder_thenRejected() {
            List<SequencedEvent> events = registered().acceptedJob(1).events();
            List<SequencedEvent> swapped = List.of(events.get(1), events.get(0));

            assertThatThrownBy(() -> policy.assess(swapped, day(2)))
                    .isInstanceOf(InvalidValueException.class)
                    .hasMessageContaining("order of sequence");
        }

        @Test
        void givenHistoryOfTwoParties_thenRejected() {
            PartyId other = new PartyId(UUID.randomUUID());
            List<SequencedEvent> events = List.of(
                    registered().events().get(0),
                    new SequencedEvent(
                            2,
                            new PartyRegistered(
                                    other,
                                    PartyKind.CUSTOMER,
                                    new PartyDetails(new PartyName("山田"), null, null, null, null),
                                    day(1))));

            assertThatThrownBy(() -> policy.assess(events, day(2)))
                    .isInstanceOf(InvalidValueException.class)
                    .hasMessageContaining("mixes parties");
        }

        @Test
        void givenSequenceZero_thenRejected() {
            assertThatThrownBy(() ->
                            new SequencedEvent(0, registered().events().get(0).event()))
                    .isInstanceOf(InvalidValueException.class);
        }

        @Test
        void givenExitLevelNotBelowEntryLevel_thenSettingsRejected() {
            TrustPolicySettings d = TrustPolicySettings.defaults();

            assertThatThrownBy(() -> new TrustPolicySettings(
                            d.troubleWeights(),
                            d.shortfallWeights(),
                            d.troubleHalfLife(),
                            d.nameWithheldWeight(),
                            d.nameWithheldHalfLife(),
                            d.acceptedJobCredit(),
                            d.settledShortfallCredit(),
                            d.goodHalfLife(),
                            d.jobProbation(),
                            d.goodCreditCap(),
                            3.0,
                            3.0,
                            d.unreliableEnter(),
                            d.unreliableExit(),
                            d.negligibleWeight(),
                            d.tierCheckInterval()))
                    .isInstanceOf(InvalidValueException.class)
                    .hasMessageContaining("watchExit");
        }

        @Test
        void givenSeverityWithoutWeight_thenSettingsRejected() {
            TrustPolicySettings d = TrustPolicySettings.defaults();

            assertThatThrownBy(() -> new TrustPolicySettings(
                            Map.of(Severity.MINOR, 1.0, Severity.MAJOR, 3.0),
                            d.shortfallWeights(),
                            d.troubleHalfLife(),
                            d.nameWithheldWeight(),
                            d.nameWithheldHalfLife(),
                            d.acceptedJobCredit(),
                            d.settledShortfallCredit(),
                            d.goodHalfLife(),
                            d.jobProbation(),
                            d.goodCreditCap(),
                            d.watchEnter(),
                            d.watchExit(),
                            d.unreliableEnter(),
                            d.unreliableExit(),
                            d.negligibleWeight(),
                            d.tierCheckInterval()))
                    .isInstanceOf(InvalidValueException.class)
                    .hasMessageContaining("SEVERE");
        }
    }
}
