package org.trustledger.adapters.web.ui;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.beans.PropertyEditorSupport;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Function;
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
import org.springframework.web.servlet.support.RequestContextUtils;
import org.trustledger.adapters.common.JapaneseInput;
import org.trustledger.adapters.common.ValueMappings;
import org.trustledger.adapters.common.security.Allowed;
import org.trustledger.adapters.web.support.CorrelationIdFilter;
import org.trustledger.adapters.web.ui.InteractionForm.CallerForm;
import org.trustledger.adapters.web.ui.InteractionForm.LinkReviewForm;
import org.trustledger.adapters.web.ui.InteractionForm.PersonAnswerForm;
import org.trustledger.adapters.web.ui.InteractionForm.PersonRefusalForm;
import org.trustledger.adapters.web.ui.InteractionForm.PersonRequestForm;
import org.trustledger.adapters.web.ui.InteractionForm.ReinstateForm;
import org.trustledger.adapters.web.ui.InteractionForm.RequestForm;
import org.trustledger.adapters.web.ui.InteractionForm.RetractForm;
import org.trustledger.adapters.web.ui.InteractionForm.SettlementForm;
import org.trustledger.adapters.web.ui.InteractionForm.ShortfallForm;
import org.trustledger.adapters.web.ui.InteractionForm.TerminateForm;
import org.trustledger.adapters.web.ui.InteractionForm.TroubleForm;
import org.trustledger.application.port.in.RecordPartyCommandUseCase;
import org.trustledger.application.port.in.Recording;
import org.trustledger.application.port.out.Permission;
import org.trustledger.domain.HistoryConflictException;
import org.trustledger.domain.InvalidValueException;
import org.trustledger.domain.UnknownEntryException;
import org.trustledger.domain.party.PartyId;

/**
 * The forms of the party page: each records one interaction and goes back to the timeline, or shows the party page
 * again with the refused field's message beside it and everything typed still there.
 */
@Controller
@RequestMapping("/parties/{partyId}")
class InteractionPagesController {
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

    /**
     * Amounts and dates as staff type them (22,000円, 令和8年11月30日); anything else is a field error, worded by the
     * form's typeMismatch message.
     */
    @InitBinder
    void japaneseInput(WebDataBinder binder) {
        binder.registerCustomEditor(Long.class, new JapaneseInputEditor(JapaneseInput::yen));
        binder.registerCustomEditor(LocalDate.class, new JapaneseInputEditor(JapaneseInput::date));
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
            @Valid @ModelAttribute("requestForm") RequestForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect,
            HttpServletRequest http) {
        return submit(partyId, form, errors, model, redirect, http);
    }

    @PostMapping("/callers")
    String caller(
            @PathVariable String partyId,
            @Valid @ModelAttribute("callerForm") CallerForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect,
            HttpServletRequest http) {
        return submit(partyId, form, errors, model, redirect, http);
    }

    @PostMapping("/troubles")
    String trouble(
            @PathVariable String partyId,
            @Valid @ModelAttribute("troubleForm") TroubleForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect,
            HttpServletRequest http) {
        return submit(partyId, form, errors, model, redirect, http);
    }

    @PostMapping("/shortfalls")
    String shortfall(
            @PathVariable String partyId,
            @Valid @ModelAttribute("shortfallForm") ShortfallForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect,
            HttpServletRequest http) {
        return submit(partyId, form, errors, model, redirect, http);
    }

    @PostMapping("/settlements")
    String settlement(
            @PathVariable String partyId,
            @Valid @ModelAttribute("settlementForm") SettlementForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect,
            HttpServletRequest http) {
        return submit(partyId, form, errors, model, redirect, http);
    }

    @PostMapping("/termination")
    String terminate(
            @PathVariable String partyId,
            @Valid @ModelAttribute("terminateForm") TerminateForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect,
            HttpServletRequest http) {
        return submit(partyId, form, errors, model, redirect, http);
    }

    @PostMapping("/retractions")
    String retract(
            @PathVariable String partyId,
            @Valid @ModelAttribute("retractForm") RetractForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect,
            HttpServletRequest http) {
        return submit(partyId, form, errors, model, redirect, http);
    }

    @PostMapping("/reinstatement")
    String reinstate(
            @PathVariable String partyId,
            @Valid @ModelAttribute("reinstateForm") ReinstateForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect,
            HttpServletRequest http) {
        return submit(partyId, form, errors, model, redirect, http);
    }

    @PostMapping("/link-reviews")
    String reviewLink(
            @PathVariable String partyId,
            @Valid @ModelAttribute("linkReviewForm") LinkReviewForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect,
            HttpServletRequest http) {
        return submit(partyId, form, errors, model, redirect, http);
    }

    @PostMapping("/person-requests")
    String personRequest(
            @PathVariable String partyId,
            @Valid @ModelAttribute("personRequestForm") PersonRequestForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect,
            HttpServletRequest http) {
        return submit(partyId, form, errors, model, redirect, http);
    }

    @PostMapping("/person-refusals")
    String personRefusal(
            @PathVariable String partyId,
            @Valid @ModelAttribute("personRefusalForm") PersonRefusalForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect,
            HttpServletRequest http) {
        return submit(partyId, form, errors, model, redirect, http);
    }

    @PostMapping("/person-answers")
    String personAnswer(
            @PathVariable String partyId,
            @Valid @ModelAttribute("personAnswerForm") PersonAnswerForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect,
            HttpServletRequest http) {
        return submit(partyId, form, errors, model, redirect, http);
    }

    /** Ending, restoring or judging a relationship, checked against the application's table like every chain is. */
    static void requireManager(HttpServletRequest http) {
        require(http, Permission.DECIDE);
    }

    /** A page's own check of the application's table, as every chain makes it. */
    static void require(HttpServletRequest http, Permission permission) {
        if (!Allowed.in(http::isUserInRole, permission)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
    }

    /**
     * Records the form's command and goes to its entry in the timeline; a refused form (by its own checks, by the
     * domain's, or waiting for its second press) shows the party page again with what was typed.
     */
    private String submit(
            String partyId,
            InteractionForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect,
            HttpServletRequest http) {
        require(http, form.permission());
        PartyId party = PartyId.of(partyId);
        String formName = errors.getObjectName();
        Locale locale = RequestContextUtils.getLocale(http);
        if (!errors.hasErrors() && form.asksToBeSure()) {
            model.addAttribute("confirmStep", formName);
        } else if (!errors.hasErrors()) {
            try {
                var recording = Recording.of(http.getUserPrincipal().getName(), CorrelationIdFilter.of(http));
                var outcome = recordCommand.record(form.command(party, values, clock.instant()), recording);
                redirect.addFlashAttribute("notice", texts.message("ui.party.recorded", locale));
                return "redirect:/parties/" + party + "#event-" + outcome.sequence();
            } catch (InvalidValueException e) {
                String field = form.fieldOf(e.field());
                Forms.reject(errors, e, errors.getFieldType(field) != null ? field : null, texts, locale);
            } catch (HistoryConflictException e) {
                errors.reject("conflict", texts.message("ui.error.conflict", locale) + " " + texts.error(e, locale));
            } catch (UnknownEntryException e) {
                // Only a retraction names an entry: shown beside its number, not as a missing page.
                errors.rejectValue("sequence", "unknown-entry", texts.error(e, locale));
            }
        }
        partyPage.fill(model, party, null, null, formName, clock.instant(), locale);
        return "party";
    }
}
