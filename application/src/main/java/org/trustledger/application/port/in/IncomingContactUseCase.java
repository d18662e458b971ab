package org.trustledger.application.port.in;

import java.time.Instant;
import java.util.Objects;
import org.trustledger.domain.identity.PhoneNumber;
import org.trustledger.domain.screening.ScreeningResult;

/**
 * What any channel does with a contact that reaches the shop: dedupe by the channel's own id, screen the sender, log
 * it and announce it to the staff on every node. Nothing goes into the ledger: a contact becomes an interaction only
 * when staff record it.
 */
public interface IncomingContactUseCase {

    /** Receives a contact; one already logged (a channel retrying) is answered as logged, and not announced again. */
    ReceivedContact receive(IncomingContact contact);

    /**
     * A contact as its channel read it.
     *
     * @param from the sender exactly as the channel gave it; for an e-mail its address alone, which is screened
     * @param at when it came in, as the channel said; the time of receipt when null
     * @param number the sender's phone number, when the channel could read one; it is screened
     * @param withheld true when the sender withheld who they are
     */
    record IncomingContact(ContactKey key, String from, String to, Instant at, PhoneNumber number, boolean withheld) {
        public IncomingContact {
            Objects.requireNonNull(key, "key");
        }
    }

    /**
     * What became of it: the contact as logged and, for a new contact with something to screen, the screening.
     *
     * @param duplicate true when the contact was already logged and this was a retry
     */
    record ReceivedContact(LoggedContact contact, ScreeningResult result, boolean duplicate) {}
}
