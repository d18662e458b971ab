package org.trustledger.adapters.web.ui;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.trustledger.adapters.web.support.CorrelationIdFilter;
import org.trustledger.application.port.in.FindPartiesQuery;
import org.trustledger.application.port.in.PartySearch;
import org.trustledger.application.port.in.PartyView;
import org.trustledger.application.port.in.RecordPartyCommandUseCase;
import org.trustledger.application.port.in.Recording;
import org.trustledger.application.port.in.ScreenCallerUseCase;
import org.trustledger.domain.DomainException;
import org.trustledger.domain.party.PartyCommand.ReviewLink;
import org.trustledger.domain.party.PartyDetails;
import org.trustledger.domain.party.PartyId;
import org.trustledger.domain.screening.Match;
import org.trustledger.domain.screening.ScreeningRequest;
import org.trustledger.domain.trust.TrustStatus;

/**
 * The manager's review queue: every provisional party beside the terminated parties it shares identity with, and
 * the evidence, so that one press confirms the rename (ending the relationship) or dismisses the link.
 */
@Controller
class ReviewController {
    private final FindPartiesQuery parties;
    private final ScreenCallerUseCase screenCaller;
    private final RecordPartyCommandUseCase recordCommand;
    private final UiTexts texts;
    private final Clock clock;

    ReviewController(
            FindPartiesQuery parties,
            ScreenCallerUseCase screenCaller,
            RecordPartyCommandUseCase recordCommand,
            UiTexts texts,
            Clock clock) {
        this.parties = parties;
        this.screenCaller = screenCaller;
        this.recordCommand = recordCommand;
        this.texts = texts;
        this.clock = clock;
    }

    /** A provisional party and the terminated parties it may be. */
    record QueueItem(String partyId, String name, String kind, List<LinkView> links) {}

    /** One suspected link, with its evidence. */
    record LinkView(String partyId, String name, String statusLabel, List<UiTexts.EvidenceLine> evidence) {}

    @GetMapping("/review")
    String queue(Model model, Locale locale) {
        Instant now = clock.instant();
        var provisional = parties.search(new PartySearch(null, null, TrustStatus.PROVISIONAL, 0, PartySearch.MAX_SIZE));
        List<QueueItem> items = new ArrayList<>();
        for (PartyView party : provisional.items()) {
            items.add(new QueueItem(
                    party.partyId().toString(),
                    party.details().name().value(),
                    texts.label("ui.kind", party.kind(), locale),
                    links(party, now, locale)));
        }
        model.addAttribute("items", items);
        return "review";
    }

    /**
     * The terminated parties that screening this party's own details finds: the same matching that made it
     * provisional, so the queue shows the evidence a manager has to weigh.
     */
    private List<LinkView> links(PartyView party, Instant now, Locale locale) {
        PartyDetails details = party.details();
        var request = new ScreeningRequest(
                details.name(),
                null,
                false,
                details.phones().isEmpty() ? null : details.phones().getFirst(),
                details.address(),
                details.bankAccount(),
                details.representative(),
                party.kind(),
                false,
                null);
        List<LinkView> links = new ArrayList<>();
        for (Match match : screenCaller.screen(request, now).matches()) {
            if (match.status() == TrustStatus.TERMINATED && !match.partyId().equals(party.partyId())) {
                links.add(new LinkView(
                        match.partyId().toString(),
                        match.name(),
                        texts.label("trust.status", match.status(), locale),
                        match.evidence().stream()
                                .map(e -> texts.evidence(e, locale))
                                .toList()));
            }
        }
        return links;
    }

    @PostMapping("/review")
    String review(
            @RequestParam String partyId,
            @RequestParam String linkedPartyId,
            @RequestParam boolean confirmed,
            @RequestParam(required = false) String reason,
            HttpServletRequest http,
            Principal principal,
            RedirectAttributes redirect,
            Locale locale) {
        InteractionPagesController.requireManager(http);
        String given = reason == null || reason.isBlank()
                ? texts.message(confirmed ? "ui.review.defaultConfirmed" : "ui.review.defaultDismissed", locale)
                : reason;
        try {
            recordCommand.record(
                    new ReviewLink(
                            PartyId.of(partyId),
                            InteractionPagesController.linkedParty(linkedPartyId),
                            confirmed,
                            given,
                            clock.instant()),
                    Recording.of(principal.getName(), CorrelationIdFilter.of(http)));
            redirect.addFlashAttribute(
                    "notice", texts.message(confirmed ? "ui.review.confirmed" : "ui.review.dismissed", locale));
        } catch (DomainException e) {
            redirect.addFlashAttribute(
                    "problem", texts.message("ui.error.conflict", locale) + " " + texts.error(e, locale));
        }
        return "redirect:/review";
    }
}
