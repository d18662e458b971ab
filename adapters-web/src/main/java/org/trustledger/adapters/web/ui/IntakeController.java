package org.trustledger.adapters.web.ui;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.security.Principal;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.trustledger.adapters.common.ValueMappings;
import org.trustledger.adapters.web.support.CorrelationIdFilter;
import org.trustledger.application.port.in.Recording;
import org.trustledger.application.port.in.ScreenCallerUseCase;
import org.trustledger.domain.InvalidValueException;
import org.trustledger.domain.identity.PhoneNumber;
import org.trustledger.domain.party.Channel;
import org.trustledger.domain.party.PartyKind;
import org.trustledger.domain.screening.Match;
import org.trustledger.domain.screening.ScreeningRequest;
import org.trustledger.domain.screening.ScreeningResult;

/** The home page: staff type what they know of a caller and see at once whether to take the job, and why. */
@Controller
class IntakeController {
    private final ScreenCallerUseCase screenCaller;
    private final ValueMappings values;
    private final UiTexts texts;
    private final Clock clock;

    IntakeController(ScreenCallerUseCase screenCaller, ValueMappings values, UiTexts texts, Clock clock) {
        this.screenCaller = screenCaller;
        this.values = values;
        this.texts = texts;
        this.clock = clock;
    }

    /** A matched party as the intake page shows it. */
    record MatchView(
            String partyId,
            String name,
            String kind,
            String status,
            String statusLabel,
            int scorePercent,
            boolean requester,
            List<UiTexts.EvidenceLine> evidence) {}

    @ModelAttribute("kinds")
    PartyKind[] kinds() {
        return PartyKind.values();
    }

    @ModelAttribute("channels")
    Channel[] channels() {
        return Channel.values();
    }

    /**
     * The intake form, with the caller's number, or a mail's sender and channel, already in it when a contact's pop-up
     * opened it.
     */
    @GetMapping("/")
    String intake(
            @RequestParam(required = false) String phone, @RequestParam(required = false) String email, Model model) {
        IntakeForm form = new IntakeForm();
        if (phone != null && !phone.isBlank()) {
            form.setPhone(phone.strip());
        }
        if (email != null && !email.isBlank()) {
            form.setEmail(email.strip());
            form.setChannel(Channel.EMAIL);
        }
        model.addAttribute("intake", form);
        return "intake";
    }

    @PostMapping("/intake")
    String screen(@Valid @ModelAttribute("intake") IntakeForm form, BindingResult errors, Model model, Locale locale) {
        ScreeningRequest request = request(form, errors, locale);
        if (request != null) {
            show(screenCaller.screen(request, clock.instant()), model, locale);
        }
        return "intake";
    }

    /** Screens again and records the request on the caller's own party with that verdict and its reasons. */
    @PostMapping("/intake/record")
    String record(
            @Valid @ModelAttribute("intake") IntakeForm form,
            BindingResult errors,
            Model model,
            HttpServletRequest http,
            Principal principal,
            Locale locale) {
        if (form.getSummary() == null || form.getSummary().isBlank()) {
            errors.rejectValue("summary", "required", texts.message("ui.invalid.summary", locale));
        }
        ScreeningRequest request = request(form, errors, locale);
        if (request == null) {
            return "intake";
        }
        var answer = screenCaller.screenAndRecord(
                request,
                form.getSummary().strip(),
                clock.instant(),
                Recording.of(principal.getName(), CorrelationIdFilter.of(http)));
        show(answer.result(), model, locale);
        model.addAttribute("recorded", answer.wasRecorded());
        model.addAttribute(
                "recordedParty",
                answer.wasRecorded() ? answer.recorded().partyId().toString() : null);
        return "intake";
    }

    /** The domain's request, or null when a field was refused (and the error is beside it). */
    private ScreeningRequest request(IntakeForm form, BindingResult errors, Locale locale) {
        if (errors.hasErrors()) {
            return null;
        }
        String field = "request";
        try {
            field = "companyName";
            var company = values.partyName(form.getCompanyName());
            field = "callerName";
            var caller = form.isCallerNameWithheld() ? null : values.personName(form.getCallerName());
            field = "phone";
            // A withheld number (非通知, anonymous …) is no number to match, not a malformed one; no number at all, as
            // in an e-mail, was not withheld.
            boolean withheld = form.getPhone() != null
                    && !form.getPhone().isBlank()
                    && PhoneNumber.isWithheldNotation(form.getPhone());
            var phone = withheld ? null : values.phone(form.getPhone());
            field = "address";
            var address = values.address(form.getAddress());
            field = "email";
            var email = values.email(form.getEmail());
            field = "website";
            var website = values.website(form.getWebsite());
            field = "representative";
            var representative = values.personName(form.getRepresentative());
            field = "bank";
            var bank = form.bankAccount();
            field = null;
            return new ScreeningRequest(
                    company,
                    caller,
                    form.isCallerNameWithheld(),
                    phone,
                    address,
                    bank,
                    representative,
                    form.getRequesterKind(),
                    form.isOnBehalfOfCustomer(),
                    form.getChannel(),
                    withheld,
                    email,
                    website);
        } catch (InvalidValueException e) {
            Forms.reject(errors, e, field, texts, locale);
            return null;
        }
    }

    private void show(ScreeningResult result, Model model, Locale locale) {
        model.addAttribute("verdict", result.verdict().name());
        model.addAttribute("priority", result.priority().name());
        model.addAttribute(
                "reasons",
                result.reasons().stream().map(r -> texts.reason(r, locale)).toList());
        model.addAttribute(
                "matches", result.matches().stream().map(m -> match(m, locale)).toList());
    }

    private MatchView match(Match match, Locale locale) {
        return new MatchView(
                match.partyId().toString(),
                texts.shown(match.name(), locale),
                texts.label("ui.kind", match.kind(), locale),
                match.status().name(),
                texts.label("trust.status", match.status(), locale),
                (int) Math.round(match.score() * 100),
                match.requester(),
                match.evidence().stream().map(e -> texts.evidence(e, locale)).toList());
    }
}
