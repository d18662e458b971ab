package org.trustledger.adapters.web.ui;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.trustledger.adapters.common.ValueMappings;
import org.trustledger.adapters.web.support.CorrelationIdFilter;
import org.trustledger.application.port.in.FindPartiesQuery;
import org.trustledger.application.port.in.PartySearch;
import org.trustledger.application.port.in.PartyView;
import org.trustledger.application.port.in.RecordPartyCommandUseCase;
import org.trustledger.application.port.in.Recording;
import org.trustledger.domain.InvalidValueException;
import org.trustledger.domain.identity.BankAccount.AccountType;
import org.trustledger.domain.identity.EmailAddress;
import org.trustledger.domain.identity.PhoneNumber;
import org.trustledger.domain.identity.WebDomain;
import org.trustledger.domain.party.PartyCommand.RegisterParty;
import org.trustledger.domain.party.PartyDetails;
import org.trustledger.domain.party.PartyId;
import org.trustledger.domain.party.PartyKind;
import org.trustledger.domain.trust.TrustStatus;

/** The list of parties with filters and search, registering a party, and the party page with its replay. */
@Controller
class PartyPagesController {
    static final int PAGE_SIZE = 25;

    private final FindPartiesQuery parties;
    private final RecordPartyCommandUseCase recordCommand;
    private final PartyPageModel partyPage;
    private final ValueMappings values;
    private final UiTexts texts;
    private final Clock clock;

    PartyPagesController(
            FindPartiesQuery parties,
            RecordPartyCommandUseCase recordCommand,
            PartyPageModel partyPage,
            ValueMappings values,
            UiTexts texts,
            Clock clock) {
        this.parties = parties;
        this.recordCommand = recordCommand;
        this.partyPage = partyPage;
        this.values = values;
        this.texts = texts;
        this.clock = clock;
    }

    /** A party in the list. */
    record PartyRow(
            String partyId,
            String name,
            String kind,
            String phones,
            String status,
            String statusLabel,
            long outstandingYen,
            int troubleCount) {}

    @GetMapping("/parties")
    String list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) PartyKind kind,
            @RequestParam(required = false) TrustStatus status,
            @RequestParam(defaultValue = "0") int page,
            Model model,
            Locale locale) {
        var result = parties.search(new PartySearch(q, kind, status, Math.max(page, 0), PAGE_SIZE));
        model.addAttribute("q", q);
        model.addAttribute("kind", kind);
        model.addAttribute("status", status);
        model.addAttribute("kinds", PartyKind.values());
        model.addAttribute("statuses", TrustStatus.values());
        model.addAttribute(
                "rows", result.items().stream().map(v -> row(v, locale)).toList());
        model.addAttribute("total", result.total());
        model.addAttribute("page", result.page());
        model.addAttribute("previousPage", result.page() > 0 ? result.page() - 1 : null);
        model.addAttribute(
                "nextPage", (long) (result.page() + 1) * PAGE_SIZE < result.total() ? result.page() + 1 : null);
        return "parties";
    }

    private PartyRow row(PartyView view, Locale locale) {
        TrustStatus status =
                view.trust() == null ? TrustStatus.NEW : view.trust().status();
        return new PartyRow(
                view.partyId().toString(),
                texts.shown(view.details().name().value(), locale),
                texts.label("ui.kind", view.kind(), locale),
                String.join(
                        ", ",
                        view.details().phones().stream()
                                .map(phone -> texts.shown(phone.display(), locale))
                                .toList()),
                status.name(),
                texts.label("trust.status", status, locale),
                view.outstanding().value(),
                view.troubleCount());
    }

    @GetMapping("/parties/new")
    String registration(Model model) {
        model.addAttribute("party", new PartyForm());
        return register(model);
    }

    private String register(Model model) {
        model.addAttribute("kinds", PartyKind.values());
        model.addAttribute("accountTypes", AccountType.values());
        return "party-new";
    }

    @PostMapping("/parties")
    String register(
            @Valid @ModelAttribute("party") PartyForm form,
            BindingResult errors,
            Model model,
            HttpServletRequest http,
            Principal principal,
            Locale locale) {
        if (errors.hasErrors()) {
            return register(model);
        }
        String field = "name";
        try {
            var name = values.partyName(form.getName());
            field = "phones";
            List<PhoneNumber> phones = form.getPhones() == null
                    ? List.of()
                    : Arrays.stream(form.getPhones().split("[,、\\n]"))
                            .map(String::strip)
                            .filter(p -> !p.isEmpty())
                            .map(PhoneNumber::parse)
                            .toList();
            field = "address";
            var address = values.address(form.getAddress());
            field = "representative";
            var representative = values.personName(form.getRepresentative());
            field = "emails";
            List<EmailAddress> emails =
                    lines(form.getEmails()).stream().map(EmailAddress::of).toList();
            field = "websites";
            List<WebDomain> websites =
                    lines(form.getWebsites()).stream().map(WebDomain::of).toList();
            field = "bank";
            var bank = form.bankAccount();
            field = null;
            var command = new RegisterParty(
                    new PartyId(UUID.randomUUID()),
                    form.getKind(),
                    PartyDetails.of(name, phones, address, representative, bank, emails, websites),
                    clock.instant());
            var outcome =
                    recordCommand.record(command, Recording.of(principal.getName(), CorrelationIdFilter.of(http)));
            return "redirect:/parties/" + outcome.partyId();
        } catch (InvalidValueException e) {
            Forms.reject(errors, e, field, texts, locale);
            return register(model);
        }
    }

    /** What a field holds one a line or separated by commas, as phone numbers are written. */
    private static List<String> lines(String text) {
        return text == null
                ? List.of()
                : Arrays.stream(text.split("[,、\\n]"))
                        .map(String::strip)
                        .filter(p -> !p.isEmpty())
                        .toList();
    }

    /** The party as of now, as of the end of a past day, or right after one of its events. */
    @GetMapping("/parties/{partyId}")
    String party(
            @PathVariable String partyId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(required = false) Long upTo,
            Model model,
            Locale locale) {
        partyPage.fill(model, PartyId.of(partyId), asOf, upTo, null, clock.instant(), locale);
        return "party";
    }
}
