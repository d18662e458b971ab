package org.trustledger.adapters.web.party;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.net.URI;
import java.security.Principal;
import java.time.Clock;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.trustledger.adapters.web.party.PartyRequests.CallerRequest;
import org.trustledger.adapters.web.party.PartyRequests.InvoiceSettlementRequest;
import org.trustledger.adapters.web.party.PartyRequests.LinkReviewRequest;
import org.trustledger.adapters.web.party.PartyRequests.PaymentShortRequest;
import org.trustledger.adapters.web.party.PartyRequests.ReasonRequest;
import org.trustledger.adapters.web.party.PartyRequests.RequestReceivedRequest;
import org.trustledger.adapters.web.party.PartyRequests.RetractionRequest;
import org.trustledger.adapters.web.party.PartyRequests.SettlementRequest;
import org.trustledger.adapters.web.party.PartyRequests.TroubleRequest;
import org.trustledger.adapters.web.party.PartyResponses.Recorded;
import org.trustledger.adapters.web.support.Recordings;
import org.trustledger.application.port.in.RecordPartyCommandUseCase;
import org.trustledger.domain.InvalidValueException;
import org.trustledger.domain.party.PartyCommand;
import org.trustledger.domain.party.PartyCommand.ReinstateRelationship;
import org.trustledger.domain.party.PartyCommand.RetractEntry;
import org.trustledger.domain.party.PartyCommand.ReviewLink;
import org.trustledger.domain.party.PartyCommand.SettlePayment;
import org.trustledger.domain.party.PartyCommand.TerminateRelationship;
import org.trustledger.domain.party.PartyId;
import org.trustledger.domain.party.Yen;

/** Records the interactions with a party: requests, callers, troubles, payments and the relationship itself. */
@RestController
@RequestMapping("/api/v1/parties/{partyId}")
class InteractionController {
    private final RecordPartyCommandUseCase recordCommand;
    private final PartyWebMapper mapper;
    private final Clock clock;

    InteractionController(RecordPartyCommandUseCase recordCommand, PartyWebMapper mapper, Clock clock) {
        this.recordCommand = recordCommand;
        this.mapper = mapper;
        this.clock = clock;
    }

    @PostMapping("/requests")
    ResponseEntity<Recorded> request(
            @PathVariable String partyId,
            @Valid @RequestBody RequestReceivedRequest body,
            HttpServletRequest request,
            Principal principal) {
        return record(mapper.receiveRequest(PartyId.of(partyId), body, clock.instant()), body, request, principal);
    }

    @PostMapping("/callers")
    ResponseEntity<Recorded> caller(
            @PathVariable String partyId,
            @Valid @RequestBody CallerRequest body,
            HttpServletRequest request,
            Principal principal) {
        return record(mapper.identifyCaller(PartyId.of(partyId), body, clock.instant()), body, request, principal);
    }

    @PostMapping("/troubles")
    ResponseEntity<Recorded> trouble(
            @PathVariable String partyId,
            @Valid @RequestBody TroubleRequest body,
            HttpServletRequest request,
            Principal principal) {
        return record(mapper.logTrouble(PartyId.of(partyId), body, clock.instant()), body, request, principal);
    }

    @PostMapping("/payment-shortfalls")
    ResponseEntity<Recorded> paymentShort(
            @PathVariable String partyId,
            @Valid @RequestBody PaymentShortRequest body,
            HttpServletRequest request,
            Principal principal) {
        return record(mapper.paymentShort(PartyId.of(partyId), body, clock.instant()), body, request, principal);
    }

    @PostMapping("/payment-shortfalls/{invoiceRef}/settlement")
    ResponseEntity<Recorded> settlement(
            @PathVariable String partyId,
            @PathVariable String invoiceRef,
            @Valid @RequestBody SettlementRequest body,
            HttpServletRequest request,
            Principal principal) {
        var command =
                new SettlePayment(PartyId.of(partyId), invoiceRef, Yen.of("paidYen", body.paidYen()), clock.instant());
        return record(command, body, request, principal);
    }

    /** The same settlement with the invoice in the body, so that any reference staff write can be settled. */
    @PostMapping("/settlements")
    ResponseEntity<Recorded> settlementOfInvoice(
            @PathVariable String partyId,
            @Valid @RequestBody InvoiceSettlementRequest body,
            HttpServletRequest request,
            Principal principal) {
        var command = new SettlePayment(
                PartyId.of(partyId), body.invoiceRef(), Yen.of("paidYen", body.paidYen()), clock.instant());
        return record(command, body, request, principal);
    }

    /**
     * Withdraws an entry recorded in error: it stays in the history, marked, and no longer counts. Meant for managers
     * once roles exist.
     */
    @PostMapping("/retractions")
    ResponseEntity<Recorded> retract(
            @PathVariable String partyId,
            @Valid @RequestBody RetractionRequest body,
            HttpServletRequest request,
            Principal principal) {
        var command = new RetractEntry(PartyId.of(partyId), body.sequence(), body.reason(), clock.instant());
        return record(command, body, request, principal);
    }

    @PostMapping("/termination")
    ResponseEntity<Recorded> terminate(
            @PathVariable String partyId,
            @Valid @RequestBody ReasonRequest body,
            HttpServletRequest request,
            Principal principal) {
        var command = new TerminateRelationship(PartyId.of(partyId), body.reason(), clock.instant());
        return record(command, body, request, principal);
    }

    @PostMapping("/reinstatement")
    ResponseEntity<Recorded> reinstate(
            @PathVariable String partyId,
            @Valid @RequestBody ReasonRequest body,
            HttpServletRequest request,
            Principal principal) {
        var command = new ReinstateRelationship(PartyId.of(partyId), body.reason(), clock.instant());
        return record(command, body, request, principal);
    }

    /** A manager's review of a suspected rename: confirmed ends the relationship, dismissed clears the link. */
    @PostMapping("/link-reviews")
    ResponseEntity<Recorded> reviewLink(
            @PathVariable String partyId,
            @Valid @RequestBody LinkReviewRequest body,
            HttpServletRequest request,
            Principal principal) {
        var command = new ReviewLink(
                PartyId.of(partyId),
                linkedParty(body.linkedPartyId()),
                body.confirmed(),
                body.reason(),
                clock.instant());
        return record(command, body, request, principal);
    }

    private static PartyId linkedParty(String text) {
        try {
            return PartyId.of(text);
        } catch (InvalidValueException e) {
            throw new InvalidValueException("linkedPartyId", "linkedPartyId must be a UUID, got '" + text + "'");
        }
    }

    private ResponseEntity<Recorded> record(
            PartyCommand command, Object body, HttpServletRequest request, Principal principal) {
        var outcome = recordCommand.record(command, Recordings.of(request, principal, body));
        return Responses.created(URI.create("/api/v1/parties/" + outcome.partyId() + "/history"), outcome);
    }
}
