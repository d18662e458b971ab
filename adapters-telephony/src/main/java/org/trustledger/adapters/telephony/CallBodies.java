package org.trustledger.adapters.telephony;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.trustledger.domain.party.PartyKind;

/** What the telephony endpoints read and write as JSON. */
final class CallBodies {
    private CallBodies() {}

    /**
     * The phone system's report of an incoming call.
     *
     * @param from the caller's number as the phone system shows it: {@code +81353217788}, {@code 0353217788},
     *     {@code 非通知}, {@code anonymous}, empty or absent
     * @param to the shop's number that was called, if the phone system says
     * @param at when the call came in; the time of the report when absent
     */
    // Phone systems add fields of their own (caller name, line, trunk…); what is not read here is not an error.
    @JsonIgnoreProperties(ignoreUnknown = true)
    record CallNotification(
            @NotBlank @Size(max = 200) String callId,
            @Size(max = 100) String from,
            @Size(max = 100) String to,
            Instant at) {}

    /** A call in the call log: who called when, what screening said, and who took it. */
    record CallEntry(
            String callId,
            Instant at,
            String from,
            String to,
            String number,
            boolean withheld,
            String verdict,
            UUID partyId,
            String partyName,
            String takenBy,
            UUID recordedOn) {}

    /**
     * Staff turning a call into a recorded request: what the caller wanted, and, for a caller no known party matched,
     * enough to register them.
     */
    record RecordCallRequest(
            @NotBlank @Size(max = 2000) String summary,
            PartyKind requesterKind,
            @Size(max = 200) String companyName,
            Boolean onBehalfOfCustomer) {}

    /** The recorded request: the verdict it was recorded with and the party it was recorded on. */
    record RecordedCall(String callId, String verdict, UUID partyId, boolean registered, String takenBy) {}

    /** One call as a live event, in the language of the member of staff it is sent to. */
    record CallEvent(
            String callId,
            Instant at,
            String from,
            String number,
            boolean withheld,
            boolean unreadable,
            String verdict,
            String verdictText,
            List<String> reasons,
            MatchedParty party) {}

    /** The known party the number matched best, with the evidence of the match. */
    record MatchedParty(
            UUID id,
            String name,
            String status,
            String statusText,
            int scorePercent,
            boolean requester,
            List<Evidence> evidence) {}

    /** One piece of matching evidence: its kind in words, how strong it is, and what matched. */
    record Evidence(String kind, int strengthPercent, String detail) {}
}
