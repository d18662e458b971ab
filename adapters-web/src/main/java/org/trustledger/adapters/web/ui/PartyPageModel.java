package org.trustledger.adapters.web.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.trustledger.application.port.in.FindPartiesQuery;
import org.trustledger.application.port.in.HistoryEntry;
import org.trustledger.application.port.in.PartyHistoryQuery;
import org.trustledger.application.port.in.PartyView;
import org.trustledger.application.port.in.TrustQuery;
import org.trustledger.domain.identity.PhoneNumber;
import org.trustledger.domain.party.Answer;
import org.trustledger.domain.party.Channel;
import org.trustledger.domain.party.PartyDetails;
import org.trustledger.domain.party.PartyEvent;
import org.trustledger.domain.party.PartyId;
import org.trustledger.domain.party.Severity;
import org.trustledger.domain.party.ShortfallReason;
import org.trustledger.domain.party.TroubleCategory;
import org.trustledger.domain.trust.TrustAssessment;

/**
 * Fills the party page: details, status and reasons and the timeline, now or replayed to a past day or to one event,
 * and the forms of every interaction, keeping a refused form as it was typed.
 */
@Component
class PartyPageModel {
    /** Beyond this many events, the status after each one is left out: each costs a replay of the history. */
    static final int STATUS_PER_EVENT_LIMIT = 300;

    static final List<String> FORMS = List.of(
            "requestForm",
            "callerForm",
            "troubleForm",
            "shortfallForm",
            "settlementForm",
            "terminateForm",
            "reinstateForm",
            "linkReviewForm",
            "retractForm");

    private final FindPartiesQuery parties;
    private final PartyHistoryQuery histories;
    private final TrustQuery trust;
    private final UiTexts texts;

    PartyPageModel(FindPartiesQuery parties, PartyHistoryQuery histories, TrustQuery trust, UiTexts texts) {
        this.parties = parties;
        this.histories = histories;
        this.trust = trust;
        this.texts = texts;
    }

    /** One entry of the timeline, and the party's status right after it. */
    record TimelineRow(
            long sequence,
            String at,
            String recordedBy,
            String type,
            String typeLabel,
            String text,
            String statusAfter,
            String statusAfterLabel,
            boolean replayed,
            boolean current,
            Long retractedBy) {}

    /** The party's details as they stood at the point shown. */
    record DetailsView(
            String name, String kind, List<String> phones, String address, String representative, String bankAccount) {}

    /**
     * @param asOf the day to replay to (its end, in the shop's time zone), or null
     * @param upTo the event to replay to, or null; wins over {@code asOf}
     * @param openForm the form to show open, because it was refused, or null
     */
    void fill(Model model, PartyId partyId, LocalDate asOf, Long upTo, String openForm, Instant now, Locale locale) {
        PartyView view = parties.get(partyId);
        List<HistoryEntry> history = histories.history(partyId);
        Instant at = now;
        Long current = null;
        if (upTo != null && upTo >= 1 && upTo <= history.size()) {
            current = upTo;
            at = history.get((int) (upTo - 1)).recordedAt();
        } else if (asOf != null) {
            at = asOf.plusDays(1).atStartOfDay(UiTexts.ZONE).toInstant().minusMillis(1);
        }
        boolean replaying = current != null || asOf != null;
        TrustAssessment assessment = trust.assess(partyId, at);

        // A retracted entry stays on the timeline, marked with the retraction that withdrew it.
        java.util.Map<Long, Long> retractedBy = new java.util.HashMap<>();
        for (HistoryEntry entry : history) {
            if (entry.event() instanceof PartyEvent.EntryRetracted r) {
                retractedBy.put(r.sequence(), entry.sequence());
            }
        }
        List<TimelineRow> timeline = new ArrayList<>();
        PartyDetails details = view.details();
        String kind = texts.label("ui.kind", view.kind(), locale);
        boolean statusPerEvent = history.size() <= STATUS_PER_EVENT_LIMIT;
        Long lastIncluded = null;
        for (HistoryEntry entry : history) {
            boolean included = current != null
                    ? entry.sequence() <= current
                    : !entry.recordedAt().isAfter(at);
            if (included) {
                lastIncluded = entry.sequence();
                switch (entry.event()) {
                    case PartyEvent.PartyRegistered r -> {
                        details = r.details();
                        kind = texts.label("ui.kind", r.kind(), locale);
                    }
                    case PartyEvent.PartyAmended a -> {
                        details = a.details();
                        kind = texts.label("ui.kind", a.kind(), locale);
                    }
                    default -> {}
                }
            }
            String statusAfter = statusPerEvent
                    ? trust.assess(partyId, entry.recordedAt()).status().name()
                    : null;
            timeline.add(new TimelineRow(
                    entry.sequence(),
                    texts.time(entry.recordedAt()),
                    entry.recordedBy(),
                    entry.type(),
                    texts.label("ui.event", entry.type(), locale),
                    texts.describe(entry.event(), locale),
                    statusAfter,
                    statusAfter == null ? null : texts.label("trust.status", statusAfter, locale),
                    !included,
                    current != null && entry.sequence() == current,
                    retractedBy.get(entry.sequence())));
        }

        model.addAttribute("partyId", partyId.toString());
        model.addAttribute("details", details(details, kind, locale));
        model.addAttribute("terminated", view.terminated());
        model.addAttribute("outstandingYen", view.outstanding().value());
        model.addAttribute("registeredAt", texts.time(view.registeredAt()));
        model.addAttribute("status", assessment.status().name());
        model.addAttribute("statusLabel", texts.label("trust.status", assessment.status(), locale));
        model.addAttribute("score", String.format(Locale.ROOT, "%.1f", assessment.score()));
        model.addAttribute(
                "reasons",
                assessment.reasons().stream().map(r -> texts.reason(r, locale)).toList());
        model.addAttribute("timeline", timeline);
        model.addAttribute("replaying", replaying);
        model.addAttribute("replayAt", texts.time(at));
        model.addAttribute("asOf", asOf);
        model.addAttribute("upTo", current);
        long point = current != null ? current : lastIncluded != null ? lastIncluded : 0;
        model.addAttribute("previousEvent", point > 1 ? point - 1 : null);
        model.addAttribute("nextEvent", point < history.size() ? point + 1 : null);
        model.addAttribute("eventCount", history.size());
        model.addAttribute("openForm", openForm);
        model.addAttribute("openInvoices", openInvoices(history));

        for (String form : FORMS) {
            if (!model.containsAttribute(form)) {
                model.addAttribute(form, new InteractionForm());
            }
        }
        model.addAttribute("channels", Channel.values());
        model.addAttribute("answers", Answer.values());
        model.addAttribute("categories", TroubleCategory.values());
        model.addAttribute("severities", Severity.values());
        model.addAttribute("shortfallReasons", ShortfallReason.values());
    }

    /** The invoices still owed on, so that a settlement names one without retyping it. */
    private static List<String> openInvoices(List<HistoryEntry> history) {
        Map<String, Long> outstanding = new LinkedHashMap<>();
        for (HistoryEntry entry : history) {
            switch (entry.event()) {
                case PartyEvent.PaymentShort s ->
                    outstanding.put(s.invoiceRef(), s.outstanding().value());
                case PartyEvent.PaymentSettled s ->
                    outstanding.put(s.invoiceRef(), s.outstanding().value());
                default -> {}
            }
        }
        return outstanding.entrySet().stream()
                .filter(e -> e.getValue() > 0)
                .map(Map.Entry::getKey)
                .toList();
    }

    private DetailsView details(PartyDetails details, String kind, Locale locale) {
        var bank = details.bankAccount();
        return new DetailsView(
                details.name().value(),
                kind,
                details.phones().stream().map(PhoneNumber::display).toList(),
                details.address() == null ? null : details.address().value(),
                details.representative() == null
                        ? null
                        : details.representative().value(),
                bank == null
                        ? null
                        : String.join(
                                        " ",
                                        bank.bank(),
                                        bank.branch(),
                                        texts.label("ui.accountType", bank.type(), locale),
                                        bank.number(),
                                        bank.holder() == null ? "" : bank.holder())
                                .strip());
    }
}
