package org.trustledger.application.port.in;

import java.time.Instant;
import java.util.List;
import org.trustledger.domain.party.PartyId;
import org.trustledger.domain.party.PersonId;

/** Erases the personal data of a person at their request, keeping the ledger's entries and their seals. */
public interface ErasePersonalDataUseCase {

    /**
     * Destroys the person's key, forgets what the read side and the contact log hold of them, and records the erasure:
     * on the person's party for a private customer, else on every party whose entries name them (as a caller or a
     * representative).
     *
     * @param person the person: a private customer by their party's id, anyone else by the people index's id
     * @param requestParty the party on which {@code request} is recorded; needed only for a person who is no party of
     *     their own and appears on more than one
     * @param request the entry of the person's request to stop use or erase that this answers, or null: for a private
     *     customer the earliest one still unanswered, if any, and for anyone else none
     * @param reason the manager's own words, which must name no one
     * @throws org.trustledger.domain.UnknownPartyException when the shop holds nothing under the id
     * @throws org.trustledger.domain.HistoryConflictException when nothing of the person was ever stored encrypted, they
     *     were erased already, or the request named is none an erasure may answer
     * @throws org.trustledger.domain.UnknownEntryException when the request named is no entry of the party
     * @throws org.trustledger.domain.InvalidValueException when {@code requestParty} is needed and missing, or names a
     *     party the person does not appear on
     */
    ErasureOutcome erase(PersonId person, PartyId requestParty, Long request, String reason, Recording recording);

    /**
     * What an erasure did.
     *
     * @param entries the recorded {@code PersonalDataErased} entries, one a party, the one answering the request first
     * @param erasedAt when the person's key was destroyed
     * @param entriesInPlaintext entries that still hold the person's data: stored before it was encrypted, or, for a
     *     caller of a private customer, encrypted with the customer's key
     * @param contactsForgotten contact-log entries removed
     */
    record ErasureOutcome(
            List<RecordOutcome> entries, Instant erasedAt, int entriesInPlaintext, int contactsForgotten) {
        public ErasureOutcome {
            entries = List.copyOf(entries);
            if (entries.isEmpty()) {
                throw new IllegalArgumentException("an erasure records one entry at least");
            }
        }

        /** The first entry recorded: the party's own, or the one answering the request. */
        public RecordOutcome outcome() {
            return entries.getFirst();
        }
    }
}
