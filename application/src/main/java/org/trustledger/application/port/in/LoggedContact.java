package org.trustledger.application.port.in;

import java.time.Instant;
import java.util.Objects;
import org.trustledger.domain.InvalidValueException;
import org.trustledger.domain.identity.EmailAddress;
import org.trustledger.domain.identity.PhoneNumber;
import org.trustledger.domain.party.Channel;
import org.trustledger.domain.party.PartyId;
import org.trustledger.domain.screening.Verdict;

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
public record LoggedContact(
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

    /** The sender of a mail as an address, which screening reads; null for another channel or an unreadable sender. */
    public EmailAddress senderAddress() {
        return senderAddress(key, from);
    }

    /** The sender of a contact as an address, when it is a mail whose sender can be read as one; null otherwise. */
    public static EmailAddress senderAddress(ContactKey key, String from) {
        if (key.channel() != Channel.EMAIL) {
            return null;
        }
        try {
            return EmailAddress.ofNullable(from);
        } catch (InvalidValueException unreadable) {
            return null;
        }
    }

    public LoggedContact takenBy(String staff, PartyId party) {
        return new LoggedContact(
                key, from, to, at, number, withheld, verdict, partyId, partyName, staff, party, loggedAt);
    }
}
