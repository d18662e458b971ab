package org.trustledger.adapters.telephony;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.security.Principal;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
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
import org.trustledger.adapters.telephony.CallBodies.CallEntry;
import org.trustledger.adapters.telephony.CallBodies.RecordCallRequest;
import org.trustledger.adapters.telephony.CallBodies.RecordedCall;
import org.trustledger.application.port.in.Recording;
import org.trustledger.application.port.in.ScreenCallerUseCase;
import org.trustledger.application.port.out.CallLog;
import org.trustledger.application.port.out.CallLog.LoggedCall;
import org.trustledger.domain.party.Channel;
import org.trustledger.domain.screening.ScreeningRequest;

/**
 * The call log and the live stream of calls, for signed-in staff: these paths go through the staff's own security
 * (the API's for {@code /api/v1/calls/**}, the dashboard's session for {@code /calls/stream}, which is what a
 * dashboard page's EventSource sends).
 */
@RestController
class CallLogController {
    static final int MAX_LIMIT = 500;

    private final CallLog callLog;
    private final CallStream stream;
    private final ScreenCallerUseCase screenCaller;
    private final ValueMappings values;
    private final Clock clock;

    CallLogController(
            CallLog callLog, CallStream stream, ScreenCallerUseCase screenCaller, ValueMappings values, Clock clock) {
        this.callLog = callLog;
        this.stream = stream;
        this.screenCaller = screenCaller;
        this.values = values;
        this.clock = clock;
    }

    @GetMapping("/api/v1/calls")
    List<CallEntry> recent(@RequestParam(defaultValue = "50") int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new BadLimitException(limit);
        }
        return callLog.recent(limit).stream().map(CallLogController::entry).toList();
    }

    @GetMapping(
            path = {"/api/v1/calls/stream", "/calls/stream"},
            produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter stream(Locale locale) {
        return stream.listen(locale);
    }

    /**
     * Turns a call into a recorded request in one step: screened again with what staff add, recorded on the caller's
     * party (registered first when the number matched nobody), and the call marked as taken by whoever recorded it.
     */
    @PostMapping(path = "/api/v1/calls/{callId}/request", consumes = MediaType.APPLICATION_JSON_VALUE)
    RecordedCall record(
            @PathVariable String callId,
            @Valid @RequestBody RecordCallRequest body,
            Principal principal,
            HttpServletRequest http) {
        LoggedCall call = callLog.find(callId).orElseThrow(() -> new UnknownCallException(callId));
        var request = new ScreeningRequest(
                values.partyName(body.companyName()),
                null,
                false,
                call.number(),
                null,
                null,
                null,
                body.requesterKind(),
                values.flag(body.onBehalfOfCustomer()),
                Channel.PHONE,
                call.number() == null);
        String correlationId = http.getHeader("X-Correlation-Id");
        var answer = screenCaller.screenAndRecord(
                request,
                body.summary().strip(),
                clock.instant(),
                Recording.of(
                        principal.getName(),
                        correlationId == null || correlationId.isBlank()
                                ? UUID.randomUUID().toString()
                                : correlationId));
        LoggedCall taken = callLog.taken(
                        callId, principal.getName(), answer.recorded().partyId())
                .orElse(call);
        return new RecordedCall(
                callId,
                answer.result().verdict().name(),
                answer.recorded().partyId().value(),
                answer.registered(),
                taken.takenBy());
    }

    static CallEntry entry(LoggedCall call) {
        return new CallEntry(
                call.callId(),
                call.at(),
                call.from(),
                call.to(),
                call.number() == null ? null : call.number().display(),
                call.withheld(),
                call.verdict() == null ? null : call.verdict().name(),
                call.partyId() == null ? null : call.partyId().value(),
                call.partyName(),
                call.takenBy(),
                call.recordedOn() == null ? null : call.recordedOn().value());
    }

    /** No call with that id is in the log (never reported, or forgotten since). */
    static final class UnknownCallException extends RuntimeException {
        private final String callId;

        UnknownCallException(String callId) {
            super("no call '" + callId + "' is in the call log");
            this.callId = callId;
        }

        String callId() {
            return callId;
        }
    }

    /** A call log page size out of range. */
    static final class BadLimitException extends RuntimeException {
        BadLimitException(int limit) {
            super("limit must be between 1 and " + MAX_LIMIT + ", got " + limit);
        }
    }
}
