package org.trustledger.application.port.out;

import java.util.List;
import org.trustledger.domain.party.PartyId;

/**
 * New read-model tables beside the live ones, filled by a rebuild through the same ports commands write through, and
 * then put in the live ones' place in one short step that no write can slip past.
 */
public interface ReadModelShadow {

    /** Drops whatever an earlier, failed rebuild left, and creates new, empty tables. */
    Tables create();

    /**
     * Runs {@code catchUp} while writes to the live read models wait, then puts the new tables in their place and drops
     * the old ones; reads wait only for the swap itself. Fails, leaving the live tables as they were, when the writes in
     * flight do not finish in time.
     */
    void swap(Runnable catchUp);

    /** Drops the new tables, after a failed rebuild. */
    void discard();

    /** The new tables, seen through the read-model ports. */
    interface Tables {
        PartyViews partyViews();

        PartyIdentityIndex identityIndex();

        PartyIdentityIndexWriter identityIndexWriter();

        TrustViews trustViews();

        /** A page of the parties in the new tables after {@code after} (null: from the first), in id order. */
        List<PartyId> partyIds(PartyId after, int limit);

        /**
         * Writes what the ports have kept back: writes are gathered and sent many rows to a statement, and reads of the
         * index see them only once flushed.
         */
        void flush();
    }
}
