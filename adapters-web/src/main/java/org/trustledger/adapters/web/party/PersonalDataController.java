package org.trustledger.adapters.web.party;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.net.URI;
import java.security.Principal;
import java.time.Instant;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.trustledger.adapters.web.party.PartyRequests.ReasonRequest;
import org.trustledger.adapters.web.support.Recordings;
import org.trustledger.application.port.in.ErasePersonalDataUseCase;
import org.trustledger.domain.party.PartyId;

/** A person's requests about the data the shop holds of them: today, erasure. */
@RestController
class PersonalDataController {
    private final ErasePersonalDataUseCase erase;

    PersonalDataController(ErasePersonalDataUseCase erase) {
        this.erase = erase;
    }

    /**
     * What an erasure did. {@code entriesInPlaintext} counts the person's entries stored before their data was
     * encrypted: those still hold it, since stored entries are never rewritten, and {@code complete} is false.
     */
    record ErasureResponse(
            UUID personId,
            long sequence,
            String seal,
            Instant erasedAt,
            boolean complete,
            int entriesInPlaintext,
            int contactsForgotten) {}

    @PostMapping("/api/v1/people/{personId}/erasure")
    @Operation(
            summary = "Erase a person's personal data: a private customer's party today",
            description = "destroys the key the person's data was encrypted with, so it reads as 消去済み everywhere;"
                    + " forgets their identity-index keys, snapshots and contact-log entries, and records a"
                    + " PersonalDataErased entry with the reason, which must name no one. Trust history and counts"
                    + " stay. complete is false when entries stored before encryption began still hold the data")
    ResponseEntity<ErasureResponse> erase(
            @PathVariable String personId,
            @Valid @RequestBody ReasonRequest body,
            HttpServletRequest request,
            Principal principal) {
        var erasure = erase.erase(PartyId.of(personId), body.reason(), Recordings.of(request, principal, body));
        var outcome = erasure.outcome();
        // A person already erased is answered with that erasure, and nothing new is recorded.
        return ResponseEntity.status(outcome.replayed() ? HttpStatus.OK : HttpStatus.CREATED)
                .location(URI.create("/api/v1/parties/" + outcome.partyId() + "/history"))
                .body(new ErasureResponse(
                        outcome.partyId().value(),
                        outcome.sequence(),
                        outcome.seal(),
                        erasure.erasedAt(),
                        erasure.entriesInPlaintext() == 0,
                        erasure.entriesInPlaintext(),
                        erasure.contactsForgotten()));
    }
}
