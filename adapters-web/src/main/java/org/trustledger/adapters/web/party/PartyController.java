package org.trustledger.adapters.web.party;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.net.URI;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.trustledger.adapters.web.party.PartyRequests.PartyRequest;
import org.trustledger.adapters.web.party.PartyResponses.HistoryEntryResponse;
import org.trustledger.adapters.web.party.PartyResponses.PartyPage;
import org.trustledger.adapters.web.party.PartyResponses.PartyResponse;
import org.trustledger.adapters.web.party.PartyResponses.Recorded;
import org.trustledger.adapters.web.support.AsOfParameter;
import org.trustledger.adapters.web.support.Recordings;
import org.trustledger.application.port.in.FindPartiesQuery;
import org.trustledger.application.port.in.HistoryEntry;
import org.trustledger.application.port.in.PartyAuditQuery;
import org.trustledger.application.port.in.PartySearch;
import org.trustledger.application.port.in.PartyView;
import org.trustledger.application.port.in.RecordOutcome;
import org.trustledger.application.port.in.RecordPartyCommandUseCase;
import org.trustledger.application.port.in.TrustQuery;
import org.trustledger.domain.party.PartyCommand.AmendParty;
import org.trustledger.domain.party.PartyCommand.RegisterParty;
import org.trustledger.domain.party.PartyId;
import org.trustledger.domain.party.PartyKind;
import org.trustledger.domain.trust.TrustStatus;

/** Registers, amends, finds and lists parties, and reads a party's history. */
@RestController
@RequestMapping("/api/v1/parties")
class PartyController {
    private final RecordPartyCommandUseCase recordCommand;
    private final FindPartiesQuery findParties;
    private final TrustQuery trust;
    private final PartyAuditQuery audit;
    private final PartyWebMapper mapper;
    private final EventDataMapper eventData;
    private final Clock clock;

    PartyController(
            RecordPartyCommandUseCase recordCommand,
            FindPartiesQuery findParties,
            TrustQuery trust,
            PartyAuditQuery audit,
            PartyWebMapper mapper,
            EventDataMapper eventData,
            Clock clock) {
        this.recordCommand = recordCommand;
        this.findParties = findParties;
        this.trust = trust;
        this.audit = audit;
        this.mapper = mapper;
        this.eventData = eventData;
        this.clock = clock;
    }

    @PostMapping
    ResponseEntity<Recorded> register(
            @Valid @RequestBody PartyRequest body, HttpServletRequest request, Principal principal) {
        var command =
                new RegisterParty(new PartyId(UUID.randomUUID()), body.kind(), mapper.details(body), clock.instant());
        RecordOutcome outcome = recordCommand.record(command, Recordings.of(request, principal, body));
        return Responses.created(URI.create("/api/v1/parties/" + outcome.partyId()), outcome);
    }

    @PutMapping("/{partyId}")
    ResponseEntity<Recorded> amend(
            @PathVariable String partyId,
            @Valid @RequestBody PartyRequest body,
            HttpServletRequest request,
            Principal principal) {
        var command = new AmendParty(PartyId.of(partyId), body.kind(), mapper.details(body), clock.instant());
        return Responses.ok(recordCommand.record(command, Recordings.of(request, principal, body)));
    }

    /**
     * The party with its trust status as of now, or as of {@code asOf} for an auditor looking back: an instant, or a
     * date meaning the end of that day in the shop's time zone.
     */
    @GetMapping("/{partyId}")
    ResponseEntity<PartyResponse> get(
            @PathVariable String partyId, @RequestParam(required = false) String asOf, Locale locale) {
        PartyId id = PartyId.of(partyId);
        Instant at = AsOfParameter.parse("asOf", asOf);
        if (at != null) {
            // The whole party as it was then, from its history: the read model only knows today.
            return ResponseEntity.ok(mapper.response(audit.asOf(id, at), locale));
        }
        PartyView view = findParties.get(id);
        return ResponseEntity.ok()
                .eTag(IfMatchCheck.etag(view.lastSequence()))
                .body(mapper.response(view.withTrust(trust.assess(id, clock.instant())), locale));
    }

    @GetMapping
    PartyPage search(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) PartyKind kind,
            @RequestParam(required = false) TrustStatus status,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size,
            Locale locale) {
        var result = findParties.search(new PartySearch(q, kind, status, page, size));
        return new PartyPage(
                result.items().stream().map(v -> mapper.response(v, locale)).toList(),
                result.page(),
                result.size(),
                result.total());
    }

    /**
     * The party's history, oldest first, each entry with the trust status and reasons after it; with {@code asOf},
     * only what was recorded by then.
     */
    @GetMapping("/{partyId}/history")
    List<HistoryEntryResponse> history(
            @PathVariable String partyId, @RequestParam(required = false) String asOf, Locale locale) {
        Instant at = AsOfParameter.parse("asOf", asOf);
        return audit.history(PartyId.of(partyId), at != null ? at : clock.instant()).stream()
                .map(a -> {
                    HistoryEntry e = a.entry();
                    return new HistoryEntryResponse(
                            e.sequence(),
                            e.type(),
                            e.recordedAt(),
                            e.recordedBy(),
                            e.correlationId(),
                            eventData.data(e.event()),
                            a.after().status(),
                            a.after().reasons().stream()
                                    .map(r -> mapper.reason(r, locale))
                                    .toList(),
                            a.retractedBy());
                })
                .toList();
    }
}
