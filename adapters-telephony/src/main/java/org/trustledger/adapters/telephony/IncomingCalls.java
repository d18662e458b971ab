package org.trustledger.adapters.telephony;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.trustledger.adapters.common.ReasonTexts;
import org.trustledger.adapters.telephony.CallBodies.CallEvent;
import org.trustledger.adapters.telephony.CallBodies.CallNotification;
import org.trustledger.adapters.telephony.CallBodies.Evidence;
import org.trustledger.adapters.telephony.CallBodies.MatchedParty;
import org.trustledger.application.port.in.ScreenCallerUseCase;
import org.trustledger.application.port.out.CallLog;
import org.trustledger.application.port.out.CallLog.LoggedCall;
import org.trustledger.domain.party.Channel;
import org.trustledger.domain.screening.Match;
import org.trustledger.domain.screening.ScreeningRequest;
import org.trustledger.domain.screening.ScreeningResult;

/**
 * What happens when the phone rings: the caller's number is screened, the call logged and pushed to the staff
 * listening. Nothing goes into the ledger: a call becomes an interaction only when staff record it.
 */
@Component
class IncomingCalls {
    private final ScreenCallerUseCase screenCaller;
    private final CallLog callLog;
    private final CallStream stream;
    private final MessageSource messages;
    private final ReasonTexts reasonTexts;
    private final Clock clock;

    IncomingCalls(
            ScreenCallerUseCase screenCaller,
            CallLog callLog,
            CallStream stream,
            MessageSource messages,
            ReasonTexts reasonTexts,
            Clock clock) {
        this.screenCaller = screenCaller;
        this.callLog = callLog;
        this.stream = stream;
        this.messages = messages;
        this.reasonTexts = reasonTexts;
        this.clock = clock;
    }

    /** Screens, logs and announces a call; a call already logged (the phone system retrying) is answered as logged. */
    LoggedCall ring(CallNotification notification) {
        Optional<LoggedCall> known = callLog.find(notification.callId());
        if (known.isPresent()) {
            return known.get();
        }
        Instant now = clock.instant();
        CallerNumber caller = CallerNumber.read(notification.from());
        // Only a number identifies the caller here; without one there is nothing to screen, and an unknown caller
        // with no number is for staff to ask about, not for the rules to guess at.
        ScreeningResult result = caller.number() == null
                ? null
                : screenCaller.screen(
                        new ScreeningRequest(
                                null, null, false, caller.number(), null, null, null, null, false, Channel.PHONE),
                        now);
        Match best = result == null ? null : best(result);
        LoggedCall call = new LoggedCall(
                notification.callId(),
                notification.from(),
                notification.to(),
                notification.at() == null ? now : notification.at(),
                caller.number(),
                caller.withheld(),
                result == null ? null : result.verdict(),
                best == null ? null : best.partyId(),
                best == null ? null : best.name(),
                null,
                null);
        if (!callLog.add(call)) {
            // The same call reported twice at once: the first report is the one staff saw.
            return callLog.find(call.callId()).orElse(call);
        }
        stream.publish(call.callId(), locale -> event(call, caller, result, best, locale));
        return call;
    }

    /** The party screening took to be the caller's own; otherwise the best match, which staff should see too. */
    private static Match best(ScreeningResult result) {
        return result.requester()
                .orElse(result.matches().isEmpty() ? null : result.matches().getFirst());
    }

    private CallEvent event(LoggedCall call, CallerNumber caller, ScreeningResult result, Match best, Locale locale) {
        return new CallEvent(
                call.callId(),
                call.at(),
                call.from(),
                call.number() == null ? null : call.number().display(),
                caller.withheld(),
                caller.unreadable(),
                result == null ? null : result.verdict().name(),
                result == null ? null : text("ui.verdict." + result.verdict().name(), locale),
                result == null
                        ? List.of()
                        : result.reasons().stream()
                                .map(r -> reasonTexts.text(r.messageKey(), r.args(), locale))
                                .toList(),
                best == null ? null : party(best, locale));
    }

    private MatchedParty party(Match match, Locale locale) {
        return new MatchedParty(
                match.partyId().value(),
                match.name(),
                match.status().name(),
                text("trust.status." + match.status().name(), locale),
                (int) Math.round(match.score() * 100),
                match.requester(),
                match.evidence().stream()
                        .map(e -> new Evidence(
                                text("identity.evidence." + e.kind().name(), locale),
                                (int) Math.round(e.weight() * 100),
                                reasonTexts.detail(e.detail(), locale)))
                        .toList());
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
