package org.trustledger.adapters.web.party;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.trustledger.adapters.common.problem.LocalizedProblem;
import org.trustledger.adapters.web.party.PartyRequests.ReasonRequest;
import org.trustledger.adapters.web.support.Recordings;
import org.trustledger.application.port.in.ErasePersonalDataUseCase;
import org.trustledger.application.port.in.ErasePersonalDataUseCase.ErasureOutcome;
import org.trustledger.application.port.in.RecordOutcome;
import org.trustledger.application.port.in.RecordPartyCommandUseCase;
import org.trustledger.domain.InvalidValueException;
import org.trustledger.domain.UnknownPartyException;
import org.trustledger.domain.party.Channel;
import org.trustledger.domain.party.PartyCommand;
import org.trustledger.domain.party.PartyCommand.AnswerPersonalDataRequest;
import org.trustledger.domain.party.PartyCommand.RecordPersonalDataRequest;
import org.trustledger.domain.party.PartyCommand.RefusePersonalDataRequest;
import org.trustledger.domain.party.PartyId;
import org.trustledger.domain.party.PersonId;
import org.trustledger.domain.party.PersonalDataRequestKind;

/**
 * A person's requests about the data the shop holds of them — to see it, correct it, or stop its use and erase it —
 * and the manager's answers: the data disclosed or corrected, an erasure, or a refusal with the reason the law allows.
 */
@RestController
class PersonalDataController {
    private final ErasePersonalDataUseCase erase;
    private final RecordPartyCommandUseCase recordCommand;
    private final Clock clock;

    PersonalDataController(ErasePersonalDataUseCase erase, RecordPartyCommandUseCase recordCommand, Clock clock) {
        this.erase = erase;
        this.recordCommand = recordCommand;
        this.clock = clock;
    }

    /**
     * An erasure, in answer to the person's request recorded as entry {@code requestSequence} of party {@code partyId}
     * (needed only for someone who is no party of their own and appears on several); without it, a private customer's
     * answers the earliest request to stop use or erase still unanswered, if any.
     */
    record ErasureRequest(
            @NotBlank @Size(max = 4000) String reason,
            @Positive Long requestSequence,
            UUID partyId) {}

    /** A person's request: what they ask, how it reached the shop, and on which day (today when not given). */
    record PersonRequest(
            @NotNull PersonalDataRequestKind kind, @NotNull Channel channel, LocalDate receivedOn) {}

    /** How a request to see or correct was answered, if anything is said: a short note that names no one. */
    record AnswerRequest(@Size(max = 500) String note) {}

    /** A {@code PersonalDataErased} entry: its party, its number and its receipt. */
    record ErasedEntry(UUID partyId, long sequence, String seal) {}

    /** A write about a person: where the entry is, and its receipt. */
    record PersonRecorded(UUID personId, long sequence, String seal) {}

    /**
     * What an erasure did: the first {@code PersonalDataErased} entry ({@code partyId}, {@code sequence}) and every one
     * recorded, one a party naming the person. {@code entriesInPlaintext} counts the person's entries that still hold
     * their data — stored before it was encrypted, or, for a caller of a private customer, encrypted with the
     * customer's key — since stored entries are never rewritten; {@code complete} is then false.
     */
    record ErasureResponse(
            UUID personId,
            UUID partyId,
            long sequence,
            String seal,
            List<ErasedEntry> entries,
            Instant erasedAt,
            boolean complete,
            int entriesInPlaintext,
            int contactsForgotten) {}

    @PostMapping("/api/v1/people/{personId}/erasure")
    @Operation(
            summary = "Erase a person's personal data: a private customer, or a caller or representative of any party",
            description = "destroys the key the person's data was encrypted with, so it reads as 消去済み everywhere;"
                    + " forgets their identity-index keys, people-index rows, snapshots and contact-log entries, and"
                    + " records a PersonalDataErased entry with the reason, which must name no one: on a private"
                    + " customer's party, answering the request requestSequence (or the earliest unanswered request to"
                    + " stop use or erase); for anyone else, on every party naming them, answering requestSequence of"
                    + " partyId when given. Trust history and counts stay. complete is false when entries stored before"
                    + " encryption began, or a private customer's callers, still hold the data. 404 for an id under"
                    + " which nothing is held")
    ResponseEntity<ErasureResponse> erase(
            @PathVariable String personId,
            @Valid @RequestBody ErasureRequest body,
            HttpServletRequest request,
            Principal principal) {
        PersonId person = PersonId.of(personId);
        ErasureOutcome erasure;
        try {
            erasure = erase.erase(
                    person,
                    body.partyId() == null ? null : new PartyId(body.partyId()),
                    body.requestSequence(),
                    body.reason(),
                    Recordings.of(request, principal, body));
        } catch (UnknownPartyException unknown) {
            throw new LocalizedProblem(HttpStatus.NOT_FOUND, "unknown-person", "problem.detail.unknownPerson", person);
        }
        var outcome = erasure.outcome();
        // A person already erased is answered with that erasure, and nothing new is recorded.
        return ResponseEntity.status(outcome.replayed() ? HttpStatus.OK : HttpStatus.CREATED)
                .location(history(outcome))
                .body(new ErasureResponse(
                        person.value(),
                        outcome.partyId().value(),
                        outcome.sequence(),
                        outcome.seal(),
                        erasure.entries().stream()
                                .map(e -> new ErasedEntry(e.partyId().value(), e.sequence(), e.seal()))
                                .toList(),
                        erasure.erasedAt(),
                        erasure.entriesInPlaintext() == 0,
                        erasure.entriesInPlaintext(),
                        erasure.contactsForgotten()));
    }

    @PostMapping("/api/v1/people/{personId}/requests")
    @Operation(
            summary = "Record a person's request about their data: disclosure, correction, or stop of use and erasure",
            description = "records PersonalDataRequested on the person's party (a private customer, or the business"
                    + " whose representative or salesperson asks) with what is asked, the channel and the day it was"
                    + " received (today in Japan when not given); what the person said is not kept")
    ResponseEntity<PersonRecorded> request(
            @PathVariable String personId,
            @Valid @RequestBody PersonRequest body,
            HttpServletRequest request,
            Principal principal) {
        return recorded(
                new RecordPersonalDataRequest(
                        person(personId), body.kind(), body.channel(), body.receivedOn(), clock.instant()),
                body,
                request,
                principal);
    }

    @PostMapping("/api/v1/people/{personId}/requests/{sequence}/refusal")
    @Operation(
            summary = "Refuse a person's request, where the law allows it, with the reason",
            description = "records PersonalDataRequestRefused naming the request's entry, with the manager's reason"
                    + " (for example, data kept to prevent the same fraud), which must name no one; 409 for an entry"
                    + " that is no request, or a request already answered")
    ResponseEntity<PersonRecorded> refuse(
            @PathVariable String personId,
            @PathVariable String sequence,
            @Valid @RequestBody ReasonRequest body,
            HttpServletRequest request,
            Principal principal) {
        return recorded(
                new RefusePersonalDataRequest(person(personId), sequence(sequence), body.reason(), clock.instant()),
                body,
                request,
                principal);
    }

    @PostMapping("/api/v1/people/{personId}/requests/{sequence}/answer")
    @Operation(
            summary = "Record that a person's request to see or correct their data was answered",
            description = "records PersonalDataRequestAnswered naming the request's entry, with an optional short note"
                    + " on how (for example 書面で郵送), free text that must name no one and hold no personal data;"
                    + " the body may be left out. 404 for no such entry; 409 for an entry that is no request (or was"
                    + " retracted), a request already answered or refused, or a request to stop use or erase, which"
                    + " the erasure itself answers")
    ResponseEntity<PersonRecorded> answer(
            @PathVariable String personId,
            @PathVariable String sequence,
            @Valid @RequestBody(required = false) AnswerRequest body,
            HttpServletRequest request,
            Principal principal) {
        AnswerRequest answer = body == null ? new AnswerRequest(null) : body;
        return recorded(
                new AnswerPersonalDataRequest(person(personId), sequence(sequence), answer.note(), clock.instant()),
                answer,
                request,
                principal);
    }

    private ResponseEntity<PersonRecorded> recorded(
            PartyCommand command, Object body, HttpServletRequest request, Principal principal) {
        RecordOutcome outcome = recordCommand.record(command, Recordings.of(request, principal, body));
        return ResponseEntity.status(HttpStatus.CREATED)
                .location(history(outcome))
                .header(Responses.REPLAYED_HEADER, Boolean.toString(outcome.replayed()))
                .body(new PersonRecorded(outcome.partyId().value(), outcome.sequence(), outcome.seal()));
    }

    private static URI history(RecordOutcome outcome) {
        return URI.create("/api/v1/parties/" + outcome.partyId() + "/history");
    }

    /** A person is named by their party's id today, but a malformed one is refused as the person's id it stands for. */
    private static PartyId person(String text) {
        try {
            return PartyId.of(text);
        } catch (InvalidValueException e) {
            throw new InvalidValueException(
                    "personId",
                    "personId must be a UUID, got '" + text + "'",
                    "error.uuid",
                    Map.of("value", String.valueOf(text)));
        }
    }

    private static long sequence(String text) {
        try {
            long sequence = Long.parseLong(text.strip());
            if (sequence >= 1) {
                return sequence;
            }
        } catch (NumberFormatException e) {
            // reported below, like a number below 1
        }
        throw new InvalidValueException(
                "sequence",
                "sequence must be an entry number from 1, got '" + text + "'",
                "error.entryNumber",
                Map.of("value", text));
    }
}
