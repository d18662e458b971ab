package org.trustledger.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.junit.jupiter.api.Test;
import org.trustledger.application.port.in.RebuildProgress;
import org.trustledger.application.port.in.RebuildRunningException;
import org.trustledger.application.port.out.JobLeases;
import org.trustledger.application.port.out.ReadModelShadow;
import org.trustledger.application.port.out.RebuildRuns;
import org.trustledger.application.port.out.StoredEvents;
import org.trustledger.domain.screening.Screening;
import org.trustledger.domain.trust.TrustPolicy;
import org.trustledger.domain.trust.TrustPolicySettings;

class RebuildServiceTest {
    static final Instant NOW = Instant.parse("2026-03-01T00:00:00Z");

    final Leases leases = new Leases();
    final Runs runs = new Runs();
    final List<String> shadowCalls = new ArrayList<>();
    final List<RebuildProgress> heard = new ArrayList<>();

    RebuildService service(ReadModelShadow shadow) {
        StoredEvents events = new StoredEvents() {
            @Override
            public Stream<? extends TrackedEventMessage<?>> after(TrackingToken token) {
                return Stream.empty();
            }

            @Override
            public long count() {
                return 42;
            }
        };
        return new RebuildService(
                shadow,
                events,
                partyId -> List.of(),
                new TrustPolicy(TrustPolicySettings.defaults()),
                new Screening(),
                runs,
                leases,
                Runnable::run,
                Clock.fixed(NOW, ZoneOffset.UTC),
                "node-a",
                Duration.ofSeconds(5),
                heard::add);
    }

    ReadModelShadow failing() {
        return new ReadModelShadow() {
            @Override
            public Tables create() {
                shadowCalls.add("create");
                throw new IllegalStateException("no space left for the new tables");
            }

            @Override
            public void swap(Runnable catchUp) {
                shadowCalls.add("swap");
            }

            @Override
            public void discard() {
                shadowCalls.add("discard");
            }
        };
    }

    @Test
    void givenTheNewTablesCannotBeCreated_thenTheRebuildFails_namingWhy_andDropsThem_andFreesTheJob() {
        RebuildProgress started = service(failing()).start("hanako");

        RebuildProgress ended = runs.find(started.id()).orElseThrow();
        assertThat(ended.state()).isEqualTo(RebuildProgress.State.FAILED);
        assertThat(ended.failure()).isEqualTo("no space left for the new tables");
        assertThat(ended.eventsTotal()).isEqualTo(42);
        assertThat(shadowCalls).containsExactly("create", "discard");
        assertThat(leases.holder).isNull();
        assertThat(heard).extracting(RebuildProgress::state).endsWith(RebuildProgress.State.FAILED);
    }

    @Test
    void givenAnotherNodeHoldsTheJob_thenAStartIsRefused_andNothingIsTouched() {
        leases.holder = "node-b/some-rebuild";

        assertThatThrownBy(() -> service(failing()).start("hanako"))
                .isInstanceOf(RebuildRunningException.class)
                .hasMessageContaining("running");
        assertThat(shadowCalls).isEmpty();
        assertThat(runs.latest()).isEmpty();
    }

    @Test
    void givenARunLeftMarkedRunningByANodeThatStopped_thenTheNextStartMarksItAbandoned() {
        RebuildProgress abandoned = RebuildProgress.started(UUID.randomUUID(), "taro", 10, NOW.minusSeconds(3600));
        runs.save(abandoned);

        service(failing()).start("hanako");

        assertThat(runs.find(abandoned.id()).orElseThrow().state()).isEqualTo(RebuildProgress.State.FAILED);
        assertThat(runs.find(abandoned.id()).orElseThrow().failure()).contains("abandoned");
    }

    static final class Leases implements JobLeases {
        String holder;

        @Override
        public boolean tryAcquire(String job, String who, Instant now, Duration length) {
            if (holder == null || holder.equals(who)) {
                holder = who;
                return true;
            }
            return false;
        }

        @Override
        public void release(String job, String who) {
            if (who.equals(holder)) {
                holder = null;
            }
        }
    }

    static final class Runs implements RebuildRuns {
        final List<RebuildProgress> all = new ArrayList<>();

        @Override
        public void save(RebuildProgress progress) {
            all.removeIf(p -> p.id().equals(progress.id()));
            all.add(progress);
        }

        @Override
        public Optional<RebuildProgress> find(UUID id) {
            return all.stream().filter(p -> p.id().equals(id)).findFirst();
        }

        @Override
        public Optional<RebuildProgress> latest() {
            return all.stream().reduce((a, b) -> a.startedAt().isAfter(b.startedAt()) ? a : b);
        }
    }
}
