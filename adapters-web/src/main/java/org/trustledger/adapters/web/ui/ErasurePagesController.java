package org.trustledger.adapters.web.ui;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.trustledger.adapters.web.support.CorrelationIdFilter;
import org.trustledger.application.port.in.ErasePersonalDataUseCase;
import org.trustledger.application.port.in.FindPartiesQuery;
import org.trustledger.application.port.in.Recording;
import org.trustledger.application.port.out.Permission;
import org.trustledger.domain.DomainException;
import org.trustledger.domain.UnknownPartyException;
import org.trustledger.domain.party.PartyId;
import org.trustledger.domain.party.PersonId;

/**
 * Erasing a person's personal data from their party's page, in two steps: the first press opens a page saying plainly
 * what erasure does and that it cannot be undone, asking the reason; only its own button erases.
 */
@Controller
class ErasurePagesController {
    private final ErasePersonalDataUseCase erase;
    private final FindPartiesQuery parties;
    private final UiTexts texts;

    ErasurePagesController(ErasePersonalDataUseCase erase, FindPartiesQuery parties, UiTexts texts) {
        this.erase = erase;
        this.parties = parties;
        this.texts = texts;
    }

    /** The first step: what erasing will do, and the reason it needs; nothing is erased yet. */
    @GetMapping("/parties/{partyId}/erasure")
    String confirm(
            @PathVariable String partyId,
            @RequestParam(required = false) Long request,
            HttpServletRequest http,
            Model model,
            Locale locale) {
        InteractionPagesController.require(http, Permission.ERASE_PERSONAL_DATA);
        return confirmPage(PartyId.of(partyId), request, "", false, null, model, locale);
    }

    /** The second step: erases, with the reason given, and goes back to the party's page. */
    @PostMapping("/parties/{partyId}/erasure")
    String erase(
            @PathVariable String partyId,
            @RequestParam(required = false) Long request,
            @RequestParam(required = false) String reason,
            HttpServletRequest http,
            Principal principal,
            Model model,
            RedirectAttributes redirect,
            Locale locale) {
        InteractionPagesController.require(http, Permission.ERASE_PERSONAL_DATA);
        PartyId party = PartyId.of(partyId);
        if (reason == null || reason.isBlank()) {
            return confirmPage(party, request, "", true, null, model, locale);
        }
        try {
            var erasure = erase.erase(
                    PersonId.of(party),
                    null,
                    request,
                    reason,
                    Recording.of(principal.getName(), CorrelationIdFilter.of(http)));
            redirect.addFlashAttribute(
                    "notice",
                    erasure.entriesInPlaintext() == 0
                            ? texts.message("ui.erasure.done", locale)
                            : texts.message("ui.erasure.incomplete", locale, erasure.entriesInPlaintext()));
            return "redirect:/parties/" + party + "#event-" + erasure.outcome().sequence();
        } catch (UnknownPartyException e) {
            throw e;
        } catch (DomainException e) {
            String problem = texts.message("ui.error.conflict", locale) + " " + texts.error(e, locale);
            return confirmPage(party, request, reason, false, problem, model, locale);
        }
    }

    private String confirmPage(
            PartyId party,
            Long request,
            String reason,
            boolean reasonMissing,
            String problem,
            Model model,
            Locale locale) {
        var view = parties.get(party);
        String name = texts.shown(view.details().name().value(), locale);
        model.addAttribute("partyId", party.toString());
        model.addAttribute("partyName", name);
        model.addAttribute("request", request);
        model.addAttribute("whatHappens", texts.message("ui.erasure.whatHappens", locale, name));
        model.addAttribute("reason", reason);
        model.addAttribute("reasonMissing", reasonMissing);
        model.addAttribute("problem", problem);
        return "erasure-confirm";
    }
}
