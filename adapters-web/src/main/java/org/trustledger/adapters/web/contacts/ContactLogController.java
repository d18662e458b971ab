package org.trustledger.adapters.web.contacts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.security.Principal;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.trustledger.adapters.common.ValueMappings;
import org.trustledger.adapters.common.contact.ContactPresenter;
import org.trustledger.adapters.common.contact.ContactPresenter.ContactEntry;
import org.trustledger.adapters.web.support.Recordings;
import org.trustledger.application.port.in.ContactKey;
import org.trustledger.application.port.in.ContactLogUseCase;
import org.trustledger.application.port.in.LoggedContact;
import org.trustledger.application.port.in.PurgedContacts;
import org.trustledger.application.port.in.ScreenCallerUseCase;
import org.trustledger.application.port.in.UnknownContactException;
import org.trustledger.domain.InvalidValueException;
import org.trustledger.domain.party.Channel;
import org.trustledger.domain.party.PartyKind;
import org.trustledger.domain.screening.ScreeningRequest;

/**
 * The log of incoming contacts and their live stream, for signed-in staff, whichever channel brought them. The paths
 * keep the names of the phone, the first channel: {@code /api/v1/calls/**} and the dashboard's {@code /calls/stream}.
 */
@RestController
class ContactLogController {
    static final int MAX_LIMIT = 500;

    private final ContactLogUseCase contacts;
    private final ContactStream stream;
    private final ContactPresenter presenter;
    private final ScreenCallerUseCase screenCaller;
    private final ValueMappings values;
    private final Clock clock;

    ContactLogController(
            ContactLogUseCase contacts,
            ContactStream stream,
            ContactPresenter presenter,
            ScreenCallerUseCase screenCaller,
            ValueMappings values,
            Clock clock) {
        this.contacts = contacts;
        this.stream = stream;
        this.presenter = presenter;
        this.screenCaller = screenCaller;
        this.values = values;
        this.clock = clock;
    }

    @GetMapping("/api/v1/calls")
    List<ContactEntry> recent(@RequestParam(defaultValue = "50") int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidValueException(
                    "limit",
                    "limit must be between 1 and " + MAX_LIMIT + ", got " + limit,
                    "error.limit",
                    Map.of("max", MAX_LIMIT));
        }
        return contacts.recent(limit).stream().map(presenter::entry).toList();
    }

    @GetMapping(
            path = {"/api/v1/calls/stream", "/calls/stream"},
            produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter stream(Locale locale) {
        return stream.listen(locale);
    }

    /** Forgets the contacts older than the retention now rather than at the next scheduled purge. */
    @PostMapping("/api/v1/admin/contact-purges")
    Purged purge() {
        PurgedContacts purged = contacts.purge(clock.instant());
        return new Purged(purged.total(), purged.notRecordedOnAParty(), purged.recordedOnAParty());
    }

    /**
     * Turns a contact into a recorded request in one step: screened again with what staff add, recorded on the sender's
     * party (registered first when nothing matched), and the contact marked as taken by whoever recorded it. A call is
     * the default; {@code channel=EMAIL} names a mail by its id in the log.
     */
    @PostMapping(path = "/api/v1/calls/{callId}/request", consumes = MediaType.APPLICATION_JSON_VALUE)
    RecordedCall record(
            @PathVariable String callId,
            @RequestParam(defaultValue = "PHONE") Channel channel,
            @Valid @RequestBody RecordCallRequest body,
            Principal principal,
            HttpServletRequest http) {
        ContactKey key = new ContactKey(channel, callId);
        LoggedContact contact = contacts.find(key).orElseThrow(() -> new UnknownContactException(key));
        var request = new ScreeningRequest(
                values.partyName(body.companyName()),
                null,
                false,
                contact.number(),
                null,
                null,
                null,
                body.requesterKind(),
                values.flag(body.onBehalfOfCustomer()),
                channel,
                channel == Channel.PHONE && contact.number() == null,
                // A mail is known by its sender's address as well as by a number its signature gave.
                contact.senderAddress(),
                null);
        var recording = Recordings.of(http, principal, body);
        var answer = screenCaller.screenAndRecord(request, body.summary().strip(), clock.instant(), recording);
        LoggedContact taken = contacts.taken(
                        key, recording.recordedBy(), answer.recorded().partyId())
                .orElse(contact);
        return new RecordedCall(
                callId,
                answer.result().verdict().name(),
                answer.recorded().partyId().value(),
                answer.registered(),
                taken.takenBy());
    }

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

    /** How many contacts a purge forgot: in all, of callers nobody recorded on a party, and of the others. */
    record Purged(int purged, int notRecordedOnAParty, int recordedOnAParty) {}
}
