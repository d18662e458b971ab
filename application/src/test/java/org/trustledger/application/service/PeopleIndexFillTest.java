package org.trustledger.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.trustledger.application.port.in.ReadModelRebuild;
import org.trustledger.application.port.in.RebuildProgress;
import org.trustledger.application.port.in.RebuildRunningException;
import org.trustledger.application.port.out.PeopleIndexFilling;
import org.trustledger.application.service.PeopleIndexFill.Round;

class PeopleIndexFillTest {
    static final Instant NOW = Instant.parse("2026-03-01T00:00:00Z");

    final Filling filling = new Filling();
    final Rebuilds rebuilds = new Rebuilds();
    final PeopleIndexFill fill = new PeopleIndexFill(filling, rebuilds);

    @Test
    void givenTheIndexFilled_thenNoRebuildStarts() {
        filling.filledAt = NOW;

        assertThat(fill.next()).isInstanceOf(Round.Filled.class);
        assertThat(rebuilds.requestedBy).isEmpty();
    }

    @Test
    void givenTheIndexNotFilled_thenARebuildStarts_requestedByTheFill_andTheIndexIsNotFilledYet() {
        Round round = fill.next();

        assertThat(round).isInstanceOf(Round.Started.class);
        assertThat(((Round.Started) round).rebuild().requestedBy()).isEqualTo(PeopleIndexFill.REQUESTED_BY);
        assertThat(rebuilds.requestedBy).containsExactly(PeopleIndexFill.REQUESTED_BY);
        assertThat(filling.filled()).isFalse();
    }

    @Test
    void givenARebuildRunning_thenTheFillWaits_andStartsOnceItHasEndedWithoutFillingIt() {
        rebuilds.running = true;

        Round waiting = fill.next();

        assertThat(waiting).isInstanceOf(Round.Waiting.class);
        assertThat(((Round.Waiting) waiting).why()).contains("running");
        assertThat(rebuilds.requestedBy).isEmpty();

        // The node running it stopped, and its lease ran out: the next look starts one.
        rebuilds.running = false;
        assertThat(fill.next()).isInstanceOf(Round.Started.class);
    }

    @Test
    void givenARebuildSucceeds_thenTheIndexIsFilled_once_andTheNextLookStartsNothing() {
        RebuildProgress started = ((Round.Started) fill.next()).rebuild();
        filling.appearances = 7;

        assertThat(fill.heard(started.replayed(10, NOW.plusSeconds(1)))).isEmpty();
        assertThat(fill.heard(started.succeeded(NOW.plusSeconds(5)))).hasValue(7);
        assertThat(fill.heard(started.succeeded(NOW.plusSeconds(6)))).isEmpty();

        assertThat(filling.filledAt).isEqualTo(NOW.plusSeconds(5));
        assertThat(fill.next()).isInstanceOf(Round.Filled.class);
        assertThat(rebuilds.requestedBy).hasSize(1);
    }

    @Test
    void givenARebuildAManagerStartedSucceeds_thenTheIndexIsFilledToo() {
        RebuildProgress manual = RebuildProgress.started(UUID.randomUUID(), "hanako", 10, NOW);

        assertThat(fill.heard(manual.succeeded(NOW.plusSeconds(5)))).isPresent();

        assertThat(fill.filled()).isTrue();
    }

    @Test
    void givenTheRebuildFails_thenTheIndexStaysUnfilled_forTheNextStart() {
        RebuildProgress started = ((Round.Started) fill.next()).rebuild();

        assertThat(fill.heard(started.failed("the switch waited too long", NOW.plusSeconds(5))))
                .isEmpty();

        assertThat(fill.filled()).isFalse();
        assertThat(fill.next()).isInstanceOf(Round.Started.class);
    }

    static final class Filling implements PeopleIndexFilling {
        Instant filledAt;
        long appearances;

        @Override
        public boolean filled() {
            return filledAt != null;
        }

        @Override
        public void markFilled(Instant at) {
            if (filledAt == null) {
                filledAt = at;
            }
        }

        @Override
        public long appearances() {
            return appearances;
        }
    }

    static final class Rebuilds implements ReadModelRebuild {
        final List<String> requestedBy = new ArrayList<>();
        boolean running;

        @Override
        public RebuildProgress start(String by) {
            if (running) {
                throw new RebuildRunningException("a rebuild of the read models is running on another node");
            }
            requestedBy.add(by);
            return RebuildProgress.started(UUID.randomUUID(), by, 10, NOW);
        }

        @Override
        public Optional<RebuildProgress> find(UUID id) {
            return Optional.empty();
        }

        @Override
        public Optional<RebuildProgress> latest() {
            return Optional.empty();
        }
    }
}
