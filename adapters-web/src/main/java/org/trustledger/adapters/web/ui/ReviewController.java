package org.trustledger.adapters.web.ui;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import org.trustledger.application.port.in.RecordOutcome;
import org.trustledger.application.port.in.RecordPartyCommandUseCase;
import org.trustledger.application.port.in.Recording;
import org.trustledger.application.port.in.ScreenCallerUseCase;
import org.trustledger.domain.DomainException;
import org.trustledger.domain.party.PartyCommand.RetractEntry;
import org.trustledger.domain.party.PartyCommand.ReviewLink;
import org.trustledger.domain.party.PartyDetails;
import org.trustledger.domain.party.PartyId;
import org.trustledger.domain.screening.Match;
import org.trustledger.domain.screening.ScreeningRequest;
import org.trustledger.domain.trust.TrustStatus;

/**
 * The manager's review queue: every provisional party beside the terminated parties it shares identity with, and
 * the evidence. A decision is two steps — a page saying what will happen and asking the reason, then the record — and
 * a party decided here keeps its place in the list with a way to take the decision back, so that the queue never
 * moves under the cursor.
 */
@Controller
class ReviewController {
    /** The session's decisions taken on this page, by party id, kept in the list where they were. */
    static final String DECIDED = ReviewController.class.getName() + ".decided";

    /** Decisions a session keeps in view; the oldest leave the list first. */
    private static final int DECIDED_KEPT = 50;

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

    /** A provisional party and the terminated parties it may be, or the decision just taken on it here. */
    record QueueItem(String partyId, String name, String kind, List<LinkView> links, Decided decided) {}

    /** One suspected link, with its evidence. */
    record LinkView(String partyId, String name, String statusLabel, List<UiTexts.EvidenceLine> evidence) {}

    /**
     * A decision taken on this page in this session: the entries it recorded, newest first, which taking it back
     * retracts in that order (a termination must go before the review that caused it).
     */
    record Decided(String partyId, String name, String kind, String linkedName, boolean confirmed, List<Long> entries)
            implements Serializable {}

    @GetMapping("/review")
    String queue(Model model, Locale locale, HttpSession session) {
        Instant now = clock.instant();
        Map<String, Decided> decided = decided(session);
        var provisional = parties.search(new PartySearch(null, null, TrustStatus.PROVISIONAL, 0, PartySearch.MAX_SIZE));
        List<QueueItem> items = new ArrayList<>();
        for (PartyView party : provisional.items()) {
            String id = party.partyId().toString();
            if (!decided.containsKey(id)) {
                items.add(new QueueItem(
                        id,
                        texts.shown(party.details().name().value(), locale),
                        texts.label("ui.kind", party.kind(), locale),
                        links(party, now, locale),
                        null));
            }
        }
        for (Decided d : decided.values()) {
            items.add(new QueueItem(d.partyId(), d.name(), d.kind(), List.of(), d));
        }
        // One order whatever was decided: by name, then id, so a decided card stays where it was.
        items.sort(Comparator.comparing(QueueItem::name).thenComparing(QueueItem::partyId));
        model.addAttribute("items", items);
        return "review";
    }

    /** The first step: what the decision will do, and the reason it needs. */
    @GetMapping("/review/confirm")
    String confirm(
            @RequestParam String partyId,
            @RequestParam String linkedPartyId,
            @RequestParam boolean confirmed,
            HttpServletRequest http,
            Model model,
            Locale locale) {
        InteractionPagesController.requireManager(http);
        return confirmPage(partyId, linkedPartyId, confirmed, "", false, model, locale);
    }

    private String confirmPage(
            String partyId,
            String linkedPartyId,
            boolean confirmed,
            String reason,
            boolean reasonMissing,
            Model model,
            Locale locale) {
        PartyView party = parties.get(PartyId.of(partyId));
        PartyView linked = parties.get(InteractionForm.LinkReviewForm.linkedParty(linkedPartyId));
        String name = texts.shown(party.details().name().value(), locale);
        String linkedName = texts.shown(linked.details().name().value(), locale);
        model.addAttribute("partyId", partyId);
        model.addAttribute("linkedPartyId", linkedPartyId);
        model.addAttribute("confirmed", confirmed);
        model.addAttribute("partyName", name);
        model.addAttribute("linkedName", linkedName);
        model.addAttribute(
                "whatHappens",
                texts.message(confirmed ? "ui.review.willConfirm" : "ui.review.willDismiss", locale, name, linkedName));
        model.addAttribute("reason", reason);
        model.addAttribute("reasonMissing", reasonMissing);
        return "review-confirm";
    }

    /** The second step: records the decision, with the reason it was given. */
    @PostMapping("/review")
    String review(
            @RequestParam String partyId,
            @RequestParam String linkedPartyId,
            @RequestParam boolean confirmed,
            @RequestParam(required = false) String reason,
            HttpServletRequest http,
            HttpSession session,
            Principal principal,
            Model model,
            RedirectAttributes redirect,
            Locale locale) {
        InteractionPagesController.requireManager(http);
        if (reason == null || reason.isBlank()) {
            return confirmPage(partyId, linkedPartyId, confirmed, "", true, model, locale);
        }
        try {
            PartyView party = parties.get(PartyId.of(partyId));
            PartyView linked = parties.get(InteractionForm.LinkReviewForm.linkedParty(linkedPartyId));
            RecordOutcome outcome = recordCommand.record(
                    new ReviewLink(party.partyId(), linked.partyId(), confirmed, reason, clock.instant()),
                    Recording.of(principal.getName(), CorrelationIdFilter.of(http)));
            // A confirmed link on a party still served ends the relationship too: two entries, the termination last.
            List<Long> entries = confirmed && !party.terminated()
                    ? List.of(outcome.sequence(), outcome.sequence() - 1)
                    : List.of(outcome.sequence());
            remember(
                    session,
                    new Decided(
                            partyId,
                            texts.shown(party.details().name().value(), locale),
                            texts.label("ui.kind", party.kind(), locale),
                            texts.shown(linked.details().name().value(), locale),
                            confirmed,
                            entries));
            redirect.addFlashAttribute(
                    "notice", texts.message(confirmed ? "ui.review.confirmed" : "ui.review.dismissed", locale));
        } catch (DomainException e) {
            redirect.addFlashAttribute(
                    "problem", texts.message("ui.error.conflict", locale) + " " + texts.error(e, locale));
        }
        return "redirect:/review";
    }

    /** Takes back a decision taken on this page: its entries are retracted, with the reason given. */
    @PostMapping("/review/undo")
    String undo(
            @RequestParam String partyId,
            @RequestParam(required = false) String reason,
            HttpServletRequest http,
            HttpSession session,
            Principal principal,
            Model model,
            RedirectAttributes redirect,
            Locale locale) {
        InteractionPagesController.requireManager(http);
        Map<String, Decided> decided = decided(session);
        Decided d = decided.get(partyId);
        if (d == null) {
            redirect.addFlashAttribute("problem", texts.message("ui.review.nothingToUndo", locale));
            return "redirect:/review";
        }
        if (reason == null || reason.isBlank()) {
            model.addAttribute("undoMissing", partyId);
            model.addAttribute("problem", texts.message("ui.review.reasonRequired", locale));
            return queue(model, locale, session);
        }
        try {
            for (long entry : d.entries()) {
                recordCommand.record(
                        new RetractEntry(PartyId.of(partyId), entry, reason, clock.instant()),
                        Recording.of(principal.getName(), CorrelationIdFilter.of(http)));
            }
            decided.remove(partyId);
            session.setAttribute(DECIDED, decided);
            redirect.addFlashAttribute("notice", texts.message("ui.review.undone", locale, d.name()));
        } catch (DomainException e) {
            redirect.addFlashAttribute(
                    "problem", texts.message("ui.error.conflict", locale) + " " + texts.error(e, locale));
        }
        return "redirect:/review";
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Decided> decided(HttpSession session) {
        Object kept = session.getAttribute(DECIDED);
        return kept instanceof LinkedHashMap<?, ?> map
                ? new LinkedHashMap<>((Map<String, Decided>) map)
                : new LinkedHashMap<>();
    }

    private static void remember(HttpSession session, Decided decision) {
        Map<String, Decided> decided = decided(session);
        decided.remove(decision.partyId());
        decided.put(decision.partyId(), decision);
        while (decided.size() > DECIDED_KEPT) {
            decided.remove(decided.keySet().iterator().next());
        }
        session.setAttribute(DECIDED, new LinkedHashMap<>(decided));
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
}
