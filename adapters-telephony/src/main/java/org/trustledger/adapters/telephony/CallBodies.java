package org.trustledger.adapters.telephony;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** What the phone system's webhook reads as JSON; it answers with the contact log's entry of the call. */
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
}
