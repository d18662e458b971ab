package org.trustledger.application.service;

import java.util.OptionalLong;
import org.trustledger.application.port.in.ReadModelRebuild;
import org.trustledger.application.port.in.RebuildProgress;
import org.trustledger.application.port.in.RebuildRunningException;
import org.trustledger.application.port.out.PeopleIndexFilling;

/**
 * Fills the people index once on a ledger upgraded to it. The entries recorded before the index existed hold their
 * personal values encrypted, so only the projection can file them: a rebuild of the read models replays them through
 * it, as one node at a time may (the rebuild's job lease), and any rebuild that swaps in marks the index filled.
 *
 * <p>A whole rebuild, rather than a pass over the people alone: a caller is filed from the party's view as it stood
 * before the entry, so such a pass would fold every party's view again, as the rebuild's replay does anyway; and the
 * rebuild writes a generation nobody reads yet, which an erasure recorded meanwhile reaches in the catch-up, where a
 * pass writing into the serving index could file a person again just after their erasure forgot them.
 */
public final class PeopleIndexFill {
    /** Who the rebuild the fill starts is recorded as requested by. */
    public static final String REQUESTED_BY = "people-index-fill";

    private final PeopleIndexFilling filling;
    private final ReadModelRebuild rebuild;

    public PeopleIndexFill(PeopleIndexFilling filling, ReadModelRebuild rebuild) {
        this.filling = filling;
        this.rebuild = rebuild;
    }

    /** What one look at the people index found, and did. */
    public sealed interface Round {
        /** Nothing to do: the index holds every entry. */
        record Filled() implements Round {}

        /** A rebuild started on this node to fill it. */
        record Started(RebuildProgress rebuild) implements Round {}

        /** Another rebuild runs, here or on another node: look again later, as it may end without filling it. */
        record Waiting(String why) implements Round {}
    }

    /** Starts the rebuild that fills the index, unless it is filled or a rebuild already runs. */
    public Round next() {
        if (filling.filled()) {
            return new Round.Filled();
        }
        try {
            return new Round.Started(rebuild.start(REQUESTED_BY));
        } catch (RebuildRunningException e) {
            return new Round.Waiting(e.getMessage());
        }
    }

    /** Whether the index holds every entry: the fill has nothing left to do. */
    public boolean filled() {
        return filling.filled();
    }

    /**
     * Hears a step of a rebuild this node runs, whoever started it: one that swapped in has filed every entry, so the
     * index is marked filled. Answers the appearances it then holds when this step is what filled it.
     */
    public OptionalLong heard(RebuildProgress progress) {
        if (progress.state() != RebuildProgress.State.SUCCEEDED || filling.filled()) {
            return OptionalLong.empty();
        }
        filling.markFilled(progress.finishedAt());
        return OptionalLong.of(filling.appearances());
    }
}
