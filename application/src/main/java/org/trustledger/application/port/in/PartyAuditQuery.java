package org.trustledger.application.port.in;

import java.time.Instant;
import org.trustledger.domain.party.PartyId;

/**
 * The party and its history as they stood at any instant, folded by the core from the stored history, for an auditor
 * and for every edge that shows a party as it was: no adapter walks a history itself.
 */
public interface PartyAuditQuery {

    /** The most entries one page of a history holds. */
    int MAX_PAGE = 1000;

    /** How many entries a replay's timeline holds: the entries numbered from 1, 101, 201 … that hold the point. */
    int TIMELINE_PAGE = 100;

    /**
     * The whole party as it was at {@code asOf} — details, counts, money owed, version, termination and trust — with
     * nothing recorded later counted.
     *
     * @throws org.trustledger.domain.UnknownPartyException when the party was not registered by then
     */
    PartyView asOf(PartyId partyId, Instant asOf);

    /**
     * The party replayed to the end of {@code asOf}, or to its entry {@code upTo} when given (the party as of that
     * entry's instant, counting it and the entries before it), with the page of the timeline that holds that point.
     *
     * @param upTo the sequence of the entry to replay to, or null; one beyond the history means the latest
     * @throws org.trustledger.domain.UnknownPartyException when the party was not registered by then
     */
    PartyReplay replay(PartyId partyId, Instant asOf, Long upTo);

    /**
     * The entries recorded at or before {@code asOf} with a sequence after {@code after}, at most {@code limit} of them,
     * oldest first, each with the status after it and what changed in the reasons; the history is read once for its
     * retractions and walked again up to the page's end, a batch at a time, never held whole.
     *
     * @param limit from 1 to {@link #MAX_PAGE}
     * @throws org.trustledger.domain.UnknownPartyException when the party was not registered by then
     */
    HistoryPage history(PartyId partyId, Instant asOf, long after, int limit);

    /**
     * Every entry recorded at or before {@code asOf}, told as {@link #history(PartyId, Instant, long, int)} tells a
     * page, from one walk along the history however long it is; {@link HistoryPage#next()} is null.
     *
     * @throws org.trustledger.domain.UnknownPartyException when the party was not registered by then
     */
    HistoryPage history(PartyId partyId, Instant asOf);
}
