package org.trustledger.application.port.out;

import java.time.Instant;

/**
 * Whether the people index holds the entries recorded before it existed, kept where every node sees it: a ledger
 * upgraded to the index has it filled once by a rebuild, a new ledger from the start.
 */
public interface PeopleIndexFilling {

    /** False until a rebuild has filed every entry recorded before the index existed. */
    boolean filled();

    /** Records that a rebuild has filed them; a second time changes nothing. */
    void markFilled(Instant at);

    /** How many appearances the serving index holds, for the log. */
    long appearances();
}
