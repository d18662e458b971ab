package org.trustledger.adapters.web.ui;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.trustledger.adapters.web.support.CorrelationIdFilter;
import org.trustledger.application.port.in.ErasePersonalDataUseCase;
import org.trustledger.application.port.in.FindPartiesQuery;
import org.trustledger.application.port.in.PeopleQuery;
import org.trustledger.application.port.in.PeopleQuery.Disclosure;
import org.trustledger.application.port.in.Recording;
import org.trustledger.application.port.out.Permission;
import org.trustledger.domain.DomainException;
import org.trustledger.domain.UnknownPartyException;
import org.trustledger.domain.party.PartyId;
import org.trustledger.domain.party.PersonId;

/**
 * Erasing a person's personal data — a private customer's from their party's page, a caller's or representative's from
 * their disclosure page — in two steps: the first press opens a page saying plainly what erasure does and that it
 * cannot be undone, asking the reason; only its own button erases.
 */
@Controller
class ErasurePagesController {
    private final ErasePersonalDataUseCase erase;
    private final FindPartiesQuery parties;
    private final PeopleQuery people;
    private final UiTexts texts;

    ErasurePagesController(
            ErasePersonalDataUseCase erase, FindPartiesQuery parties, PeopleQuery people, UiTexts texts) {
        this.erase = erase;
        this.parties = parties;
        this.people = people;
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
        return partyPage(PartyId.of(partyId), request, "", false, null, model, locale);
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
            return partyPage(party, request, "", true, null, model, locale);
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
            return partyPage(party, request, reason, false, problem, model, locale);
        }
    }

    private String partyPage(
            PartyId party,
            Long request,
            String reason,
            boolean reasonMissing,
            String problem,
            Model model,
            Locale locale) {
        var view = parties.get(party);
        String name = texts.shown(view.details().name().value(), locale);
        model.addAttribute("action", "/parties/" + party + "/erasure");
        model.addAttribute("back", "/parties/" + party);
        model.addAttribute("request", request);
        model.addAttribute("whatHappens", texts.message("ui.erasure.whatHappens", locale, name));
        return confirmPage(reason, reasonMissing, problem, model);
    }

    /**
     * The first step for someone who is no party of their own — a caller, a representative: what erasing will do on
     * every party naming them; nothing is erased yet. A private customer is erased from their party's page.
     */
    @GetMapping("/people/{personId}/erasure")
    String confirmPerson(@PathVariable String personId, HttpServletRequest http, Model model, Locale locale) {
        InteractionPagesController.require(http, Permission.ERASE_PERSONAL_DATA);
        return personPage(PersonId.of(personId), "", false, null, model, locale);
    }

    /** The second step: erases the person on every party naming them, and goes back to the people search. */
    @PostMapping("/people/{personId}/erasure")
    String erasePerson(
            @PathVariable String personId,
            @RequestParam(required = false) String reason,
            HttpServletRequest http,
            Principal principal,
            Model model,
            RedirectAttributes redirect,
            Locale locale) {
        InteractionPagesController.require(http, Permission.ERASE_PERSONAL_DATA);
        PersonId person = PersonId.of(personId);
        if (reason == null || reason.isBlank()) {
            return personPage(person, "", true, null, model, locale);
        }
        try {
            var erasure = erase.erase(
                    person, null, null, reason, Recording.of(principal.getName(), CorrelationIdFilter.of(http)));
            redirect.addFlashAttribute(
                    "notice",
                    erasure.entriesInPlaintext() == 0
                            ? texts.message(
                                    "ui.erasure.personDone",
                                    locale,
                                    erasure.entries().size())
                            : texts.message(
                                    "ui.erasure.personIncomplete",
                                    locale,
                                    erasure.entries().size(),
                                    erasure.entriesInPlaintext()));
            return "redirect:/people";
        } catch (UnknownPartyException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, texts.message("ui.error.unknownPerson", locale));
        } catch (DomainException e) {
            String problem = texts.message("ui.error.conflict", locale) + " " + texts.error(e, locale);
            return personPage(person, reason, false, problem, model, locale);
        }
    }

    private String personPage(
            PersonId person, String reason, boolean reasonMissing, String problem, Model model, Locale locale) {
        Disclosure disclosure = people.disclose(person)
                .filter(found -> !found.privateCustomer())
                .orElseThrow(() -> new ResponseStatusException(
                        HttpStatus.NOT_FOUND, texts.message("ui.error.unknownPerson", locale)));
        String name = String.join(texts.message("ui.people.separator", locale), disclosure.names());
        long parties = disclosure.entries().stream()
                .map(entry -> entry.party().partyId())
                .distinct()
                .count();
        model.addAttribute("action", "/people/" + person + "/erasure");
        model.addAttribute("back", "/people/" + person);
        model.addAttribute("request", null);
        model.addAttribute("whatHappens", texts.message("ui.erasure.whatHappensPerson", locale, name, parties));
        return confirmPage(reason, reasonMissing, problem, model);
    }

    private static String confirmPage(String reason, boolean reasonMissing, String problem, Model model) {
        model.addAttribute("reason", reason);
        model.addAttribute("reasonMissing", reasonMissing);
        model.addAttribute("problem", problem);
        return "erasure-confirm";
    }
}
