package org.trustledger.application.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.trustledger.domain.identity.PhoneNumber;
import org.trustledger.domain.party.Channel;
import org.trustledger.domain.party.PartyId;
import org.trustledger.domain.screening.Verdict;

/**
 * The log of incoming contacts (calls, e-mails…) every node shares, newest first: a contact is not an interaction
 * until staff record it, so the log lives outside the ledger and is purged after its retention.
 */
public interface ContactLog {

    /** Logs a contact; false, and nothing changes, when its channel already logged one with that id (a retry). */
    boolean add(LoggedContact contact);

    /** The newest contacts first, at most {@code limit} of them. */
    List<LoggedContact> recent(int limit);

    Optional<LoggedContact> find(ContactKey key);

    /** Notes who took the contact and the party its request was recorded on; empty when it is not logged. */
    Optional<LoggedContact> taken(ContactKey key, String takenBy, PartyId recordedOn);

    /** Forgets the contacts logged before {@code before}; how many were forgotten. */
    int purgeLoggedBefore(Instant before);

    /** A contact's identity: the channel it came by and the id that channel gave it. */
    record ContactKey(Channel channel, String contactId) {
        public ContactKey {
            Objects.requireNonNull(channel, "channel");
            Objects.requireNonNull(contactId, "contactId");
        }
    }

    /**
     * One incoming contact and what screening said of it.
     *
     * @param from the sender exactly as the channel gave it (a number as the phone system showed it, an address)
     * @param at when the contact came in, as the channel said
     * @param number the phone number read from the contact, or null when it was withheld or unreadable
     * @param withheld true when the sender withheld who they are (非通知, anonymous, 184, nothing)
     * @param verdict the screening verdict, or null when there was nothing to screen
     * @param partyId the known party the contact matched best, or null for an unknown sender
     * @param takenBy the member of staff who recorded the contact as a request, or null while nobody has
     * @param loggedAt when this node logged it, by its clock: what retention counts from
     */
    record LoggedContact(
            ContactKey key,
            String from,
            String to,
            Instant at,
            PhoneNumber number,
            boolean withheld,
            Verdict verdict,
            PartyId partyId,
            String partyName,
            String takenBy,
            PartyId recordedOn,
            Instant loggedAt) {

        public LoggedContact {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(loggedAt, "loggedAt");
        }

        public LoggedContact takenBy(String staff, PartyId party) {
            return new LoggedContact(
                    key, from, to, at, number, withheld, verdict, partyId, partyName, staff, party, loggedAt);
        }
    }
}
