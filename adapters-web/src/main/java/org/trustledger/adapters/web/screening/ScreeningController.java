package org.trustledger.adapters.web.screening;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.trustledger.adapters.web.screening.ScreeningBodies.ScreeningAnswerBody;
import org.trustledger.adapters.web.screening.ScreeningBodies.ScreeningBody;
import org.trustledger.adapters.web.support.Recordings;
import org.trustledger.application.port.in.ScreenCallerUseCase;
import org.trustledger.domain.InvalidValueException;

/** Intake screening while the phone rings: ACCEPT, CAUTION or REFUSE with reasons and the parties matched. */
@RestController
@RequestMapping("/api/v1/screenings")
class ScreeningController {
    private final ScreenCallerUseCase screenCaller;
    private final ScreeningWebMapper mapper;
    private final Clock clock;

    ScreeningController(ScreenCallerUseCase screenCaller, ScreeningWebMapper mapper, Clock clock) {
        this.screenCaller = screenCaller;
        this.mapper = mapper;
        this.clock = clock;
    }

    @PostMapping
    ScreeningAnswerBody screen(
            @Valid @RequestBody ScreeningBody body, HttpServletRequest request, Principal principal, Locale locale) {
        var screening = mapper.request(body);
        Instant now = clock.instant();
        if (!Boolean.TRUE.equals(body.record())) {
            return mapper.answer(screenCaller.screen(screening, now), null, false, locale);
        }
        String summary = InvalidValueException.requireText("summary", body.summary());
        var answer = screenCaller.screenAndRecord(screening, summary, now, Recordings.of(request, principal, body));
        return mapper.answer(answer.result(), answer.recorded(), answer.registered(), locale);
    }
}
