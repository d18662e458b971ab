package org.trustledger.application.port.in;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.trustledger.application.port.in.RebuildProgress.Phase;
import org.trustledger.application.port.in.RebuildProgress.State;

class RebuildProgressTest {
    static final Instant START = Instant.parse("2026-03-01T00:00:00Z");

    RebuildProgress started = RebuildProgress.started(UUID.randomUUID(), "hanako", 1_000_000, START);

    @Test
    void givenNothingDoneYet_thenNoRateAndNoTimeLeftToTell() {
        assertThat(started.eventsPerSecond()).isZero();
        assertThat(started.estimatedTimeLeft()).isEmpty();
    }

    @Test
    void givenAQuarterReplayedInTenSeconds_then25000PerSecondAndThirtySecondsLeft() {
        RebuildProgress progress = started.replayed(250_000, START.plusSeconds(10));

        assertThat(progress.eventsPerSecond()).isEqualTo(25_000.0);
        assertThat(progress.estimatedTimeLeft()).contains(Duration.ofSeconds(30));
    }

    @Test
    void givenMoreEventsThanCountedAtTheStart_thenTheTotalGrowsWithThem_andNothingIsLeft() {
        RebuildProgress progress = started.replayed(1_000_050, START.plusSeconds(40));

        assertThat(progress.eventsTotal()).isEqualTo(1_000_050);
        assertThat(progress.estimatedTimeLeft()).contains(Duration.ZERO);
    }

    @Test
    void givenAssessing_thenTimeLeftIsThePartiesLeftAtThatPhasesOwnRate() {
        RebuildProgress assessing = started.replayed(1_000_000, START.plusSeconds(100))
                .entering(Phase.ASSESSING, START.plusSeconds(100))
                .assessed(1_000, 4_000, START.plusSeconds(105));

        assertThat(assessing.estimatedTimeLeft()).contains(Duration.ofSeconds(15));
        assertThat(assessing.eventsPerSecond()).isEqualTo(1_000_000 / 105.0);
    }

    @Test
    void givenCatchingUp_thenTheTimeLeftIsNotKnown() {
        RebuildProgress catchingUp =
                started.replayed(1_000_000, START.plusSeconds(100)).entering(Phase.CATCHING_UP, START.plusSeconds(120));

        assertThat(catchingUp.estimatedTimeLeft()).isEmpty();
    }

    @Test
    void givenFinished_thenTheRateIsOverTheWholeRun_andNothingIsLeft() {
        RebuildProgress done = started.replayed(1_000_000, START.plusSeconds(150))
                .entering(Phase.SWAPPING, START.plusSeconds(190))
                .succeeded(START.plusSeconds(200));

        assertThat(done.state()).isEqualTo(State.SUCCEEDED);
        assertThat(done.phase()).isEqualTo(Phase.DONE);
        assertThat(done.finishedAt()).isEqualTo(START.plusSeconds(200));
        assertThat(done.eventsPerSecond()).isEqualTo(5_000.0);
        assertThat(done.estimatedTimeLeft()).contains(Duration.ZERO);
    }

    @Test
    void givenAFailure_thenThePhaseItFailedInStays_withTheMessage() {
        RebuildProgress failed = started.entering(Phase.ASSESSING, START.plusSeconds(5))
                .failed("the database went away", START.plusSeconds(6));

        assertThat(failed.state()).isEqualTo(State.FAILED);
        assertThat(failed.phase()).isEqualTo(Phase.ASSESSING);
        assertThat(failed.failure()).isEqualTo("the database went away");
        assertThat(failed.estimatedTimeLeft()).contains(Duration.ZERO);
    }
}
