package org.trustledger.application.port.in;

import java.util.function.Consumer;

/**
 * One page of a party's history, told entry by entry as each is worked out, so that no page is ever held whole.
 */
public interface HistoryPage {

    /** The sequence to ask for the following page after, or null when this page reaches the end. */
    Long next();

    /** Walks the history once and hands each entry of the page to {@code sink}, oldest first. */
    void forEach(Consumer<HistoryChange> sink);
}
