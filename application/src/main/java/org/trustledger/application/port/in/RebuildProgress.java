package org.trustledger.application.port.in;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * How far a rebuild of the read models has come: events replayed of those stored when it started, parties assessed,
 * the rate and the time left, as last recorded at {@code updatedAt}.
 */
public record RebuildProgress(
        UUID id,
        State state,
        Phase phase,
        String requestedBy,
        long eventsDone,
        long eventsTotal,
        long partiesDone,
        long partiesTotal,
        Instant startedAt,
        Instant phaseStartedAt,
        Instant updatedAt,
        Instant finishedAt,
        String failure) {

    /** Whether the rebuild still runs, and how it ended. */
    public enum State {
        RUNNING,
        SUCCEEDED,
        FAILED
    }

    /** The steps of a rebuild, in order. */
    public enum Phase {
        /** Every stored event through the party projection, into new tables. */
        REPLAYING,
        /** The trust of every party, assessed into a new table. */
        ASSESSING,
        /** The events recorded since replaying began, through both projections. */
        CATCHING_UP,
        /** The last events, then the new tables in the place of the old, while writes wait. */
        SWAPPING,
        DONE
    }

    public RebuildProgress {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(phaseStartedAt, "phaseStartedAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** A rebuild just started, with the number of events stored then. */
    public static RebuildProgress started(UUID id, String requestedBy, long eventsTotal, Instant at) {
        return new RebuildProgress(
                id, State.RUNNING, Phase.REPLAYING, requestedBy, 0, eventsTotal, 0, 0, at, at, at, null, null);
    }

    /** Events replayed so far; the total grows when more were recorded since the start than were counted then. */
    public RebuildProgress replayed(long events, Instant at) {
        return new RebuildProgress(
                id,
                state,
                phase,
                requestedBy,
                events,
                Math.max(eventsTotal, events),
                partiesDone,
                partiesTotal,
                startedAt,
                phaseStartedAt,
                at,
                finishedAt,
                failure);
    }

    public RebuildProgress assessed(long parties, long total, Instant at) {
        return new RebuildProgress(
                id,
                state,
                phase,
                requestedBy,
                eventsDone,
                eventsTotal,
                parties,
                Math.max(total, parties),
                startedAt,
                phaseStartedAt,
                at,
                finishedAt,
                failure);
    }

    public RebuildProgress entering(Phase next, Instant at) {
        return new RebuildProgress(
                id,
                state,
                next,
                requestedBy,
                eventsDone,
                eventsTotal,
                partiesDone,
                partiesTotal,
                startedAt,
                at,
                at,
                finishedAt,
                failure);
    }

    public RebuildProgress succeeded(Instant at) {
        return new RebuildProgress(
                id,
                State.SUCCEEDED,
                Phase.DONE,
                requestedBy,
                eventsDone,
                eventsTotal,
                partiesDone,
                partiesTotal,
                startedAt,
                at,
                at,
                at,
                null);
    }

    /** Failed in the phase it was in, which stays named, with what went wrong. */
    public RebuildProgress failed(String message, Instant at) {
        return new RebuildProgress(
                id,
                State.FAILED,
                phase,
                requestedBy,
                eventsDone,
                eventsTotal,
                partiesDone,
                partiesTotal,
                startedAt,
                phaseStartedAt,
                at,
                at,
                message);
    }

    /** Events replayed per second from the start to the end, or to the last update while it runs. */
    public double eventsPerSecond() {
        return perSecond(eventsDone, Duration.between(startedAt, finishedAt != null ? finishedAt : updatedAt));
    }

    /**
     * The time the current phase still needs at the rate it has gone so far: events left while replaying, parties left
     * while assessing. Zero once finished; empty while nothing has been done yet to measure a rate by, and for the
     * catch-up and the swap, which take as long as the writes made meanwhile.
     */
    public Optional<Duration> estimatedTimeLeft() {
        if (state != State.RUNNING) {
            return Optional.of(Duration.ZERO);
        }
        Duration spent = Duration.between(phaseStartedAt, updatedAt);
        return switch (phase) {
            case REPLAYING -> timeLeft(eventsDone, eventsTotal, spent);
            case ASSESSING -> timeLeft(partiesDone, partiesTotal, spent);
            case CATCHING_UP, SWAPPING, DONE -> Optional.empty();
        };
    }

    private static Optional<Duration> timeLeft(long done, long total, Duration spent) {
        if (done <= 0 || spent.isZero() || spent.isNegative()) {
            return Optional.empty();
        }
        long left = Math.max(0, total - done);
        return Optional.of(Duration.ofNanos(Math.round((double) spent.toNanos() * left / done)));
    }

    private static double perSecond(long count, Duration spent) {
        double seconds = spent.toNanos() / 1e9;
        return seconds <= 0 ? 0 : count / seconds;
    }
}
