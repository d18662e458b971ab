package org.trustledger.adapters.web.ui;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.beans.PropertyEditorSupport;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.trustledger.adapters.common.JapaneseInput;
import org.trustledger.adapters.common.ValueMappings;
import org.trustledger.adapters.common.security.Allowed;
import org.trustledger.adapters.web.support.CorrelationIdFilter;
import org.trustledger.application.port.in.RecordPartyCommandUseCase;
import org.trustledger.application.port.in.Recording;
import org.trustledger.application.port.out.Permission;
import org.trustledger.domain.HistoryConflictException;
import org.trustledger.domain.InvalidValueException;
import org.trustledger.domain.UnknownEntryException;
import org.trustledger.domain.party.PartyCommand;
import org.trustledger.domain.party.PartyCommand.IdentifyCaller;
import org.trustledger.domain.party.PartyCommand.LogTrouble;
import org.trustledger.domain.party.PartyCommand.ReceiveRequest;
import org.trustledger.domain.party.PartyCommand.RecordPaymentShort;
import org.trustledger.domain.party.PartyCommand.ReinstateRelationship;
import org.trustledger.domain.party.PartyCommand.RetractEntry;
import org.trustledger.domain.party.PartyCommand.ReviewLink;
import org.trustledger.domain.party.PartyCommand.SettlePayment;
import org.trustledger.domain.party.PartyCommand.TerminateRelationship;
import org.trustledger.domain.party.PartyId;

/**
 * The forms of the party page: each records one interaction and goes back to the timeline, or shows the party page
 * again with the refused field's message beside it and everything typed still there.
 */
@Controller
@RequestMapping("/parties/{partyId}")
class InteractionPagesController {
    /** The form's name of a field the domain names otherwise. */
    private static final Map<String, String> SHORTFALL_FIELDS = Map.of("reason", "shortfallReason");

    private static final Map<String, String> CALLER_FIELDS = Map.of("name", "callerName", "callBack", "phone");

    private final RecordPartyCommandUseCase recordCommand;
    private final PartyPageModel partyPage;
    private final ValueMappings values;
    private final UiTexts texts;
    private final Clock clock;

    InteractionPagesController(
            RecordPartyCommandUseCase recordCommand,
            PartyPageModel partyPage,
            ValueMappings values,
            UiTexts texts,
            Clock clock) {
        this.recordCommand = recordCommand;
        this.partyPage = partyPage;
        this.values = values;
        this.texts = texts;
        this.clock = clock;
    }

    /** Everything a form handler needs to record, or to show the page again. */
    private record Submission(
            PartyId partyId,
            String formName,
            BindingResult errors,
            Model model,
            HttpServletRequest http,
            Principal principal,
            RedirectAttributes redirect,
            Locale locale) {}

    /**
     * Amounts and dates as staff type them (22,000円, 令和8年11月30日); anything else is a field error, worded by the
     * form's typeMismatch message.
     */
    @InitBinder
    void japaneseInput(WebDataBinder binder) {
        binder.registerCustomEditor(Long.class, "invoicedYen", new JapaneseInputEditor(JapaneseInput::yen));
        binder.registerCustomEditor(Long.class, "paidYen", new JapaneseInputEditor(JapaneseInput::yen));
        binder.registerCustomEditor(LocalDate.class, "occurredOn", new JapaneseInputEditor(JapaneseInput::date));
    }

    /** Reads a form field with one of {@link JapaneseInput}'s readers; blank is no value. */
    private static final class JapaneseInputEditor extends PropertyEditorSupport {
        private final Function<String, Object> reader;

        JapaneseInputEditor(Function<String, Object> reader) {
            this.reader = reader;
        }

        @Override
        public void setAsText(String text) {
            setValue(reader.apply(text));
        }

        @Override
        public String getAsText() {
            return getValue() == null ? "" : getValue().toString();
        }
    }

    @PostMapping("/requests")
    String request(
            @PathVariable String partyId,
            @Valid @ModelAttribute("requestForm") InteractionForm form,
            BindingResult errors,
            Model model,
            HttpServletRequest http,
            Principal principal,
            RedirectAttributes redirect,
            Locale locale) {
        var s = new Submission(PartyId.of(partyId), "requestForm", errors, model, http, principal, redirect, locale);
        return record(
                s,
                Map.of(),
                () -> new ReceiveRequest(
                        s.partyId(),
                        form.getChannel(),
                        form.isOnBehalfOfCustomer(),
                        form.getSummary(),
                        form.getAnswer(),
                        form.getReason() == null || form.getReason().isBlank()
                                ? List.of()
                                : List.of(form.getReason().strip()),
                        clock.instant()));
    }

    @PostMapping("/callers")
    String caller(
            @PathVariable String partyId,
            @Valid @ModelAttribute("callerForm") InteractionForm form,
            BindingResult errors,
            Model model,
            HttpServletRequest http,
            Principal principal,
            RedirectAttributes redirect,
            Locale locale) {
        var s = new Submission(PartyId.of(partyId), "callerForm", errors, model, http, principal, redirect, locale);
        return record(
                s,
                CALLER_FIELDS,
                () -> new IdentifyCaller(
                        s.partyId(),
                        values.personName(form.getCallerName()),
                        form.isFullNameGiven(),
                        form.getRole(),
                        values.phone(form.getPhone()),
                        clock.instant()));
    }

    @PostMapping("/troubles")
    String trouble(
            @PathVariable String partyId,
            @Valid @ModelAttribute("troubleForm") InteractionForm form,
            BindingResult errors,
            Model model,
            HttpServletRequest http,
            Principal principal,
            RedirectAttributes redirect,
            Locale locale) {
        var s = new Submission(PartyId.of(partyId), "troubleForm", errors, model, http, principal, redirect, locale);
        return record(
                s,
                Map.of(),
                () -> new LogTrouble(
                        s.partyId(),
                        form.getCategory(),
                        form.getSeverity(),
                        form.getDescription(),
                        form.getStaffNote(),
                        form.getOccurredOn(),
                        clock.instant()));
    }

    @PostMapping("/shortfalls")
    String shortfall(
            @PathVariable String partyId,
            @Valid @ModelAttribute("shortfallForm") InteractionForm form,
            BindingResult errors,
            Model model,
            HttpServletRequest http,
            Principal principal,
            RedirectAttributes redirect,
            Locale locale) {
        var s = new Submission(PartyId.of(partyId), "shortfallForm", errors, model, http, principal, redirect, locale);
        return record(
                s,
                SHORTFALL_FIELDS,
                () -> new RecordPaymentShort(
                        s.partyId(),
                        form.getInvoiceRef(),
                        values.yen(form.getInvoicedYen()),
                        values.yen(form.getPaidYen()),
                        form.getShortfallReason(),
                        form.getDaysLate() == null ? 0 : form.getDaysLate(),
                        clock.instant()));
    }

    @PostMapping("/settlements")
    String settlement(
            @PathVariable String partyId,
            @Valid @ModelAttribute("settlementForm") InteractionForm form,
            BindingResult errors,
            Model model,
            HttpServletRequest http,
            Principal principal,
            RedirectAttributes redirect,
            Locale locale) {
        var s = new Submission(PartyId.of(partyId), "settlementForm", errors, model, http, principal, redirect, locale);
        return record(
                s,
                Map.of(),
                () -> new SettlePayment(
                        s.partyId(), form.getInvoiceRef(), values.yen(form.getPaidYen()), clock.instant()));
    }

    @PostMapping("/termination")
    String terminate(
            @PathVariable String partyId,
            @Valid @ModelAttribute("terminateForm") InteractionForm form,
            BindingResult errors,
            Model model,
            HttpServletRequest http,
            Principal principal,
            RedirectAttributes redirect,
            Locale locale) {
        requireManager(http);
        var s = new Submission(PartyId.of(partyId), "terminateForm", errors, model, http, principal, redirect, locale);
        if (needsSecondStep(s, form, true)) {
            return showPage(s);
        }
        return record(s, Map.of(), () -> new TerminateRelationship(s.partyId(), form.getReason(), clock.instant()));
    }

    /** Withdraws an entry recorded in error; for managers. */
    @PostMapping("/retractions")
    String retract(
            @PathVariable String partyId,
            @Valid @ModelAttribute("retractForm") InteractionForm form,
            BindingResult errors,
            Model model,
            HttpServletRequest http,
            Principal principal,
            RedirectAttributes redirect,
            Locale locale) {
        requireManager(http);
        var s = new Submission(PartyId.of(partyId), "retractForm", errors, model, http, principal, redirect, locale);
        return record(
                s,
                Map.of(),
                () -> new RetractEntry(
                        s.partyId(),
                        form.getSequence() == null ? 0 : form.getSequence(),
                        form.getReason(),
                        clock.instant()));
    }

    @PostMapping("/reinstatement")
    String reinstate(
            @PathVariable String partyId,
            @Valid @ModelAttribute("reinstateForm") InteractionForm form,
            BindingResult errors,
            Model model,
            HttpServletRequest http,
            Principal principal,
            RedirectAttributes redirect,
            Locale locale) {
        requireManager(http);
        var s = new Submission(PartyId.of(partyId), "reinstateForm", errors, model, http, principal, redirect, locale);
        return record(s, Map.of(), () -> new ReinstateRelationship(s.partyId(), form.getReason(), clock.instant()));
    }

    @PostMapping("/link-reviews")
    String reviewLink(
            @PathVariable String partyId,
            @Valid @ModelAttribute("linkReviewForm") InteractionForm form,
            BindingResult errors,
            Model model,
            HttpServletRequest http,
            Principal principal,
            RedirectAttributes redirect,
            Locale locale) {
        requireManager(http);
        var s = new Submission(PartyId.of(partyId), "linkReviewForm", errors, model, http, principal, redirect, locale);
        if (needsSecondStep(s, form, form.isConfirmed())) {
            return showPage(s);
        }
        return record(
                s,
                Map.of(),
                () -> new ReviewLink(
                        s.partyId(),
                        linkedParty(form.getLinkedPartyId()),
                        form.isConfirmed(),
                        form.getReason(),
                        clock.instant()));
    }

    /** Ending, restoring or judging a relationship, checked against the application's table like every chain is. */
    static void requireManager(HttpServletRequest http) {
        if (!Allowed.in(http::isUserInRole, Permission.DECIDE)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
    }

    static PartyId linkedParty(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidValueException("linkedPartyId", "linkedPartyId is required");
        }
        try {
            return PartyId.of(text.strip());
        } catch (InvalidValueException e) {
            throw new InvalidValueException("linkedPartyId", "linkedPartyId must be a party id");
        }
    }

    /**
     * A decision that ends the relationship is recorded on the second press only: the first, with a reason, shows
     * the page again with what will happen and a button to go on.
     */
    private static boolean needsSecondStep(Submission s, InteractionForm form, boolean endsTheRelationship) {
        boolean ready = endsTheRelationship
                && !s.errors().hasErrors()
                && form.getReason() != null
                && !form.getReason().isBlank();
        if (ready && !form.isSure()) {
            s.model().addAttribute("confirmStep", s.formName());
            return true;
        }
        return false;
    }

    private String showPage(Submission s) {
        partyPage.fill(s.model(), s.partyId(), null, null, s.formName(), clock.instant(), s.locale());
        return "party";
    }

    private String record(Submission s, Map<String, String> formFields, Supplier<PartyCommand> command) {
        if (!s.errors().hasErrors()) {
            try {
                var outcome = recordCommand.record(
                        command.get(), Recording.of(s.principal().getName(), CorrelationIdFilter.of(s.http())));
                s.redirect().addFlashAttribute("notice", texts.message("ui.party.recorded", s.locale()));
                return "redirect:/parties/" + s.partyId() + "#event-" + outcome.sequence();
            } catch (InvalidValueException e) {
                String field = formFields.getOrDefault(e.field(), e.field());
                Forms.reject(
                        s.errors(),
                        e,
                        s.errors().getFieldType(field) != null || hasProperty(field) ? field : null,
                        texts,
                        s.locale());
            } catch (HistoryConflictException e) {
                s.errors()
                        .reject(
                                "conflict",
                                texts.message("ui.error.conflict", s.locale()) + " " + texts.error(e, s.locale()));
            } catch (UnknownEntryException e) {
                // Only a retraction names an entry: shown beside its number, not as a missing page.
                s.errors().rejectValue("sequence", "unknown-entry", texts.error(e, s.locale()));
            }
        }
        Instant now = clock.instant();
        partyPage.fill(s.model(), s.partyId(), null, null, s.formName(), now, s.locale());
        return "party";
    }

    private static boolean hasProperty(String field) {
        return org.springframework.beans.BeanUtils.getPropertyDescriptor(InteractionForm.class, field) != null;
    }
}
