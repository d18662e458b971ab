package org.trustledger.adapters.web.party;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.util.UriComponentsBuilder;
import org.trustledger.adapters.common.EventTexts;
import org.trustledger.adapters.web.party.PartyRequests.PartyRequest;
import org.trustledger.adapters.web.party.PartyResponses.HistoryEntryResponse;
import org.trustledger.adapters.web.party.PartyResponses.OtherPartyResponse;
import org.trustledger.adapters.web.party.PartyResponses.PartyPage;
import org.trustledger.adapters.web.party.PartyResponses.PartyResponse;
import org.trustledger.adapters.web.party.PartyResponses.ReasonChangeResponse;
import org.trustledger.adapters.web.party.PartyResponses.ReasonResponse;
import org.trustledger.adapters.web.party.PartyResponses.Recorded;
import org.trustledger.adapters.web.support.AsOfParameter;
import org.trustledger.adapters.web.support.Recordings;
import org.trustledger.application.port.in.FindPartiesQuery;
import org.trustledger.application.port.in.HistoryChange;
import org.trustledger.application.port.in.HistoryEntry;
import org.trustledger.application.port.in.HistoryPage;
import org.trustledger.application.port.in.PartyAuditQuery;
import org.trustledger.application.port.in.PartySearch;
import org.trustledger.application.port.in.PartyView;
import org.trustledger.application.port.in.RecordOutcome;
import org.trustledger.application.port.in.RecordPartyCommandUseCase;
import org.trustledger.application.port.in.TrustQuery;
import org.trustledger.domain.InvalidValueException;
import org.trustledger.domain.UnknownPartyException;
import org.trustledger.domain.party.PartyCommand.AmendParty;
import org.trustledger.domain.party.PartyCommand.RegisterParty;
import org.trustledger.domain.party.PartyId;
import org.trustledger.domain.party.PartyKind;
import org.trustledger.domain.trust.TrustStatus;
import tools.jackson.databind.ObjectMapper;

/** Registers, amends, finds and lists parties, and reads a party's history. */
@RestController
@RequestMapping("/api/v1/parties")
class PartyController {
    /** How many history entries a page holds unless asked otherwise. */
    static final int DEFAULT_HISTORY_PAGE = 100;

    private static final MediaType JSON_LINES = MediaType.parseMediaType("application/jsonl");

    private final RecordPartyCommandUseCase recordCommand;
    private final FindPartiesQuery findParties;
    private final TrustQuery trust;
    private final PartyAuditQuery audit;
    private final PartyWebMapper mapper;
    private final EventDataMapper eventData;
    private final EventTexts eventTexts;
    private final Clock clock;
    private final ObjectMapper json;

    PartyController(
            RecordPartyCommandUseCase recordCommand,
            FindPartiesQuery findParties,
            TrustQuery trust,
            PartyAuditQuery audit,
            PartyWebMapper mapper,
            EventDataMapper eventData,
            EventTexts eventTexts,
            Clock clock,
            ObjectMapper json) {
        this.recordCommand = recordCommand;
        this.findParties = findParties;
        this.trust = trust;
        this.audit = audit;
        this.mapper = mapper;
        this.eventData = eventData;
        this.eventTexts = eventTexts;
        this.clock = clock;
        this.json = json;
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
     * One page of the party's history, oldest first: the entries after the sequence {@code after}, at most
     * {@code limit} of them (100 unless asked, at most 1000), each with the trust status after it and only the reasons
     * that changed with it; with {@code asOf}, only what was recorded by then. Written entry by entry as the core works
     * them out; a {@code Link} header with {@code rel="next"} points at the following page while there is one. With
     * {@code format=jsonl}, every entry instead, one a line, from one walk along the history.
     */
    @GetMapping("/{partyId}/history")
    ResponseEntity<StreamingResponseBody> history(
            @PathVariable String partyId,
            @RequestParam(required = false) String asOf,
            @RequestParam(defaultValue = "0") long after,
            @RequestParam(defaultValue = "" + DEFAULT_HISTORY_PAGE) int limit,
            @RequestParam(required = false) String format,
            Locale locale) {
        Instant at = AsOfParameter.parse("asOf", asOf);
        Instant asOfOrNow = at != null ? at : clock.instant();
        boolean lines = format != null;
        if (lines && !"jsonl".equalsIgnoreCase(format.strip())) {
            throw new InvalidValueException("format", "'" + format + "' is not a history format; use jsonl");
        }
        // Asked before the body is streamed, so that an unknown party or a bad page is a problem, not a broken answer.
        HistoryPage page = lines
                ? audit.history(PartyId.of(partyId), asOfOrNow)
                : audit.history(PartyId.of(partyId), asOfOrNow, after, limit);
        StreamingResponseBody body = out -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            writer.write(lines ? "" : "[");
            boolean[] first = {true};
            Map<PartyId, OtherPartyResponse> others = new HashMap<>();
            page.forEach(change -> {
                try {
                    if (!first[0] && !lines) {
                        writer.write(',');
                    }
                    first[0] = false;
                    writer.write(json.writeValueAsString(response(change, others, locale)));
                    if (lines) {
                        writer.write('\n');
                    }
                } catch (IOException failed) {
                    throw new UncheckedIOException(failed);
                }
            });
            writer.write(lines ? "" : "]");
            writer.flush();
        };
        if (lines) {
            return ResponseEntity.ok().contentType(JSON_LINES).body(body);
        }
        var answer = ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON);
        if (page.next() != null) {
            UriComponentsBuilder next = UriComponentsBuilder.fromPath("/api/v1/parties/{partyId}/history")
                    .queryParam("after", page.next())
                    .queryParam("limit", limit);
            if (asOf != null) {
                next.queryParam("asOf", asOf);
            }
            answer.header(
                    HttpHeaders.LINK,
                    "<" + next.encode().buildAndExpand(partyId).toUriString() + ">; rel=\"next\"");
        }
        return answer.body(body);
    }

    /** The other party of an entry by its name today, looked up once a page. */
    private OtherPartyResponse otherParty(PartyId other) {
        String name;
        try {
            name = findParties.get(other).details().name().value();
        } catch (UnknownPartyException e) {
            name = null;
        }
        return new OtherPartyResponse(other.value(), name, "/api/v1/parties/" + other);
    }

    private HistoryEntryResponse response(
            HistoryChange change, Map<PartyId, OtherPartyResponse> others, Locale locale) {
        HistoryEntry e = change.entry();
        PartyId other = EventTexts.otherParty(e.event());
        return new HistoryEntryResponse(
                e.sequence(),
                e.type(),
                e.recordedAt(),
                e.recordedBy(),
                e.correlationId(),
                eventData.data(e.event()),
                eventTexts.describe(e.event(), locale),
                other == null ? null : others.computeIfAbsent(other, this::otherParty),
                change.statusAfter(),
                change.scoreAfter(),
                change.reasonChanges().stream()
                        .map(c -> {
                            ReasonResponse reason = mapper.reason(c.reason(), locale);
                            return new ReasonChangeResponse(
                                    c.kind(),
                                    reason.code(),
                                    reason.message(),
                                    c.eventsAdded(),
                                    c.eventsDropped(),
                                    reason.links());
                        })
                        .toList(),
                change.retractedBy());
    }
}
