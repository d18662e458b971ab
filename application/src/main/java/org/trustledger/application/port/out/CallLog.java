package org.trustledger.application.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.trustledger.domain.identity.PhoneNumber;
import org.trustledger.domain.party.PartyId;
import org.trustledger.domain.screening.Verdict;

/**
 * A short log of the calls the phone system reported, newest first: a call is not an interaction until staff record
 * it, so the log lives outside the ledger and may forget old calls.
 */
public interface CallLog {

    /** Logs a call; false, and nothing changes, when a call with the same id is already logged (a retried report). */
    boolean add(LoggedCall call);

    /** The newest calls first, at most {@code limit} of them. */
    List<LoggedCall> recent(int limit);

    Optional<LoggedCall> find(String callId);

    /** Notes who took the call and the party its request was recorded on; empty when the call is not logged. */
    Optional<LoggedCall> taken(String callId, String takenBy, PartyId recordedOn);

    /**
     * One incoming call and what screening said of it.
     *
     * @param from the caller's number exactly as the phone system sent it
     * @param number the number read from it, or null when it was withheld or unreadable
     * @param withheld true when the caller withheld the number (非通知, anonymous, 184, nothing)
     * @param verdict the screening verdict, or null when there was no number to screen
     * @param partyId the known party the number matched best, or null for an unknown number
     * @param takenBy the member of staff who recorded the call as a request, or null while nobody has
     */
    record LoggedCall(
            String callId,
            String from,
            String to,
            Instant at,
            PhoneNumber number,
            boolean withheld,
            Verdict verdict,
            PartyId partyId,
            String partyName,
            String takenBy,
            PartyId recordedOn) {

        public LoggedCall {
            Objects.requireNonNull(callId, "callId");
            Objects.requireNonNull(at, "at");
        }

        public LoggedCall takenBy(String staff, PartyId party) {
            return new LoggedCall(callId, from, to, at, number, withheld, verdict, partyId, partyName, staff, party);
        }
    }
}
