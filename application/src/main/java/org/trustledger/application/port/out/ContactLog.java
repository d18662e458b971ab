package org.trustledger.application.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.trustledger.application.port.in.ContactKey;
import org.trustledger.application.port.in.LoggedContact;
import org.trustledger.application.port.in.PurgedContacts;
import org.trustledger.domain.party.PartyId;

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

    /** Forgets the contacts logged before {@code before}; how many were forgotten, of callers never recorded or not. */
    PurgedContacts purgeLoggedBefore(Instant before);

    /**
     * Forgets every contact that names the party, was recorded on it, or came from one of the given phone numbers
     * (E.164) or e-mail senders, as an erasure of the person's data requires; with no party, only those from the numbers
     * and senders, as for a caller who is no party of their own.
     *
     * @return how many contacts were forgotten
     */
    int forget(PartyId party, Set<String> phones, Set<String> senders);
}
