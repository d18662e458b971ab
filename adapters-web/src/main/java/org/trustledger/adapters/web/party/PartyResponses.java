package org.trustledger.adapters.web.party;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.trustledger.application.port.in.ReasonChange;
import org.trustledger.domain.identity.BankAccount.AccountType;
import org.trustledger.domain.party.PartyKind;
import org.trustledger.domain.trust.TrustStatus;
import tools.jackson.databind.JsonNode;

/** The JSON bodies the party API answers with. */
final class PartyResponses {
    private PartyResponses() {}

    /** A write's answer: where the entry is, and its receipt — the entry's seal, to check later (see the audit API). */
    record Recorded(UUID partyId, long sequence, String seal) {}

    record Phone(String e164, String extension, String display) {}

    record BankAccountResponse(String bank, String branch, AccountType type, String number, String holder) {}

    record PartyResponse(
            UUID partyId,
            PartyKind kind,
            String name,
            List<Phone> phones,
            String address,
            String representative,
            BankAccountResponse bankAccount,
            List<String> emails,
            List<String> websites,
            boolean terminated,
            long outstandingYen,
            int troubleCount,
            Instant registeredAt,
            Instant updatedAt,
            long version,
            TrustStatus status,
            Double score,
            List<ReasonResponse> reasons) {}

    /**
     * One reason for a trust status, with the events behind it; a PROVISIONAL party's link reason also names the
     * terminated parties it may be, for the review queue.
     */
    record ReasonResponse(String code, String message, List<Long> eventSequences, List<LinkResponse> links) {}

    /** A terminated party a party under review may be, and the kinds of evidence they share. */
    record LinkResponse(UUID partyId, String name, List<String> evidenceKinds) {}

    /** A party an entry is about, by its name today and where the API serves it; the name is null if not on record. */
    record OtherPartyResponse(UUID partyId, String name, String href) {}

    record PartyPage(List<PartyResponse> items, int page, int size, long total) {}

    /**
     * One stored event with the trust status it left the party in and the reasons that changed with it.
     *
     * @param reasonChanges the reasons that appeared, changed or went away with this entry; the reasons after it are
     *     those after the entry before, with these changes
     * @param retractedBy the sequence of the retraction that withdrew it, or null while it counts
     * @param text what the entry says, in the reader's language; a person's own words in it are as they wrote them
     * @param otherParty the other party the entry is about (a rename's other half, the party a pair rule followed), or
     *     null
     */
    record HistoryEntryResponse(
            long sequence,
            String type,
            Instant recordedAt,
            String recordedBy,
            String correlationId,
            JsonNode data,
            String text,
            OtherPartyResponse otherParty,
            TrustStatus statusAfter,
            Double scoreAfter,
            List<ReasonChangeResponse> reasonChanges,
            Long retractedBy) {}

    /**
     * How one reason changed with an entry: its text as it now reads (or last read, when dropped), and the events it
     * came to rest on or no longer rests on.
     */
    record ReasonChangeResponse(
            ReasonChange.Kind change,
            String code,
            String message,
            List<Long> eventsAdded,
            List<Long> eventsDropped,
            List<LinkResponse> links) {}
}
