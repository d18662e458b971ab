package org.trustledger.application.port.in;

import java.time.Instant;
import org.trustledger.domain.party.PartyId;

/** Erases the personal data of a person at their request, keeping the ledger's entries and their seals. */
public interface ErasePersonalDataUseCase {

    /**
     * Destroys the person's key, forgets what the read side and the contact log hold of them, and records the erasure.
     *
     * @param person the person; today, the party of a private customer
     * @param request the entry of the person's request to stop use or erase that this answers, or null for the
     *     earliest one still unanswered, if any
     * @param reason the manager's own words, which must name no one
     * @throws org.trustledger.domain.UnknownPartyException when there is no such party
     * @throws org.trustledger.domain.HistoryConflictException when nothing of the party was ever stored encrypted, or
     *     the request named is none an erasure may answer
     * @throws org.trustledger.domain.UnknownEntryException when the request named is no entry of the party
     */
    ErasureOutcome erase(PartyId person, Long request, String reason, Recording recording);

    /**
     * What an erasure did.
     *
     * @param outcome the recorded {@code PersonalDataErased} entry
     * @param erasedAt when the person's key was destroyed
     * @param entriesInPlaintext entries stored before the person's data was encrypted, which still hold it in plaintext
     * @param contactsForgotten contact-log entries removed
     */
    record ErasureOutcome(RecordOutcome outcome, Instant erasedAt, int entriesInPlaintext, int contactsForgotten) {}
}
