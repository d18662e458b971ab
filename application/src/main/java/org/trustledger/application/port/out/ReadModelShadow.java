package org.trustledger.application.port.out;

import java.util.List;
import org.trustledger.domain.party.PartyId;

/**
 * A new generation of the read models beside the serving one, filled by a rebuild through the same ports commands
 * write through, and then made the serving one in one short step that no write can slip past.
 */
public interface ReadModelShadow {

    /** Deletes whatever an earlier, failed rebuild left, and starts a new, empty generation. */
    Tables create();

    /**
     * Runs {@code catchUp} while writes to the read models wait, then makes the new generation the serving one in the
     * same transaction and deletes the old one; reads never wait. Fails, leaving the serving generation as it was, when
     * the writes in flight do not finish in time.
     */
    void swap(Runnable catchUp);

    /** Deletes the new generation, after a failed rebuild. */
    void discard();

    /** The new generation, seen through the read-model ports. */
    interface Tables {
        PartyViews partyViews();

        PartyIdentityIndex identityIndex();

        PartyIdentityIndexWriter identityIndexWriter();

        TrustViews trustViews();

        PeopleIndex peopleIndex();

        /** A page of the parties in the new generation after {@code after} (null: from the first), in id order. */
        List<PartyId> partyIds(PartyId after, int limit);

        /**
         * Writes what the ports have kept back: writes are gathered and sent many rows to a statement, and reads of the
         * index see them only once flushed.
         */
        void flush();
    }
}
