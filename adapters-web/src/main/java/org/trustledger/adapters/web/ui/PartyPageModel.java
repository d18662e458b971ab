package org.trustledger.adapters.web.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.trustledger.adapters.common.EventTexts;
import org.trustledger.application.port.in.FindPartiesQuery;
import org.trustledger.application.port.in.HistoryEntry;
import org.trustledger.application.port.in.PartyAuditQuery;
import org.trustledger.application.port.in.PartyReplay;
import org.trustledger.application.port.in.PartyView;
import org.trustledger.application.port.in.TimelineEntry;
import org.trustledger.domain.UnknownPartyException;
import org.trustledger.domain.identity.WebDomain;
import org.trustledger.domain.party.Answer;
import org.trustledger.domain.party.Channel;
import org.trustledger.domain.party.PartyDetails;
import org.trustledger.domain.party.PartyId;
import org.trustledger.domain.party.PartyKind;
import org.trustledger.domain.party.PersonalDataRequestKind;
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
    private final PartyAuditQuery audit;
    private final FindPartiesQuery parties;
    private final UiTexts texts;

    PartyPageModel(PartyAuditQuery audit, FindPartiesQuery parties, UiTexts texts) {
        this.audit = audit;
        this.parties = parties;
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
            Long retractedBy,
            String otherPartyId,
            String otherPartyName) {}

    /** A person's request no entry has answered yet, with the actions that answer it. */
    record PersonRequestRow(long sequence, String text, boolean erasure, boolean disclosure) {}

    /** The party's details as they stood at the point shown. */
    record DetailsView(
            String name,
            String kind,
            List<String> phones,
            String address,
            String representative,
            String bankAccount,
            List<String> emails,
            List<String> websites) {}

    /**
     * @param asOf the day to replay to (its end, in the shop's time zone), or null
     * @param upTo the event to replay to, or null; wins over {@code asOf}
     * @param openForm the form to show open, because it was refused, or null
     */
    void fill(Model model, PartyId partyId, LocalDate asOf, Long upTo, String openForm, Instant now, Locale locale) {
        Instant at = asOf != null
                ? asOf.plusDays(1).atStartOfDay(UiTexts.ZONE).toInstant().minusMillis(1)
                : now;
        // The core folds the party and its timeline once; this page only shows what it answers.
        PartyReplay replay = audit.replay(partyId, at, upTo);
        PartyView party = replay.party();
        TrustAssessment assessment = party.trust();
        long eventCount = replay.entryCount();
        Long current = upTo != null && upTo >= 1 && upTo <= eventCount ? upTo : null;
        boolean replaying = current != null || asOf != null;
        List<TimelineEntry> page = replay.timeline();
        if (current != null) {
            at = page.stream()
                    .filter(row -> row.entry().sequence() == current)
                    .findFirst()
                    .orElseThrow()
                    .entry()
                    .recordedAt();
        }

        List<TimelineRow> timeline = new ArrayList<>(page.size());
        Map<PartyId, String> otherNames = new HashMap<>();
        for (TimelineEntry row : page) {
            HistoryEntry entry = row.entry();
            String statusAfter = row.statusAfter().name();
            PartyId other = EventTexts.otherParty(entry.event());
            timeline.add(new TimelineRow(
                    entry.sequence(),
                    texts.time(entry.recordedAt()),
                    entry.recordedBy(),
                    entry.type(),
                    texts.label("ui.event", entry.type(), locale),
                    texts.describe(entry.event(), locale),
                    statusAfter,
                    texts.label("trust.status", statusAfter, locale),
                    !row.counted(),
                    current != null && entry.sequence() == current,
                    row.retractedBy(),
                    other == null ? null : other.toString(),
                    other == null ? null : otherNames.computeIfAbsent(other, o -> nameOf(o, locale))));
        }

        model.addAttribute("partyId", partyId.toString());
        model.addAttribute("details", details(party.details(), texts.label("ui.kind", party.kind(), locale), locale));
        model.addAttribute("kind", party.kind().name());
        // Whether the termination or the reinstatement form is offered is about today, whatever is replayed.
        model.addAttribute("terminated", replay.terminatedNow());
        model.addAttribute("outstandingYen", party.outstanding().value());
        model.addAttribute("registeredAt", texts.time(party.registeredAt()));
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
        long point = replay.point();
        model.addAttribute("previousEvent", point > 1 ? point - 1 : null);
        model.addAttribute("nextEvent", point < eventCount ? point + 1 : null);
        model.addAttribute("eventCount", eventCount);
        // The timeline shows one page of a long history; the pages beside it are replayed to their nearest entry.
        long firstShown = page.getFirst().entry().sequence();
        long lastShown = page.getLast().entry().sequence();
        model.addAttribute("earlierEntries", firstShown > 1 ? firstShown - 1 : null);
        model.addAttribute("laterEntries", lastShown < eventCount ? lastShown + 1 : null);
        model.addAttribute("openForm", openForm);
        model.addAttribute("openInvoices", replay.openInvoicesNow());
        // A person's requests and the erasure are about today, whatever is replayed, as the forms that answer them.
        model.addAttribute(
                "personRequests",
                replay.openRequestsNow().stream()
                        .map(r -> new PersonRequestRow(
                                r.sequence(),
                                texts.message(
                                        "ui.person.request",
                                        locale,
                                        r.sequence(),
                                        texts.label("ui.personRequestKind", r.kind(), locale),
                                        texts.label("ui.channel", r.channel(), locale),
                                        r.receivedOn()),
                                r.kind() == PersonalDataRequestKind.ERASURE,
                                r.kind() == PersonalDataRequestKind.DISCLOSURE))
                        .toList());
        model.addAttribute("erasure", replay.erasureNow());
        // Only a private customer's data is stored under a key of their own, so only theirs can be erased.
        model.addAttribute("erasable", replay.erasureNow() == null && party.kind() == PartyKind.CUSTOMER);
        model.addAttribute("personRequestKinds", PersonalDataRequestKind.values());
        // A private customer is the person, under the party's id; a business's people are found on the people page.
        model.addAttribute("disclosedPerson", party.kind() == PartyKind.CUSTOMER ? partyId.toString() : null);

        InteractionForm.BLANK.forEach((name, blank) -> {
            if (!model.containsAttribute(name)) {
                model.addAttribute(name, blank);
            }
        });
        model.addAttribute("channels", Channel.values());
        model.addAttribute("answers", Answer.values());
        model.addAttribute("categories", TroubleCategory.values());
        model.addAttribute("severities", Severity.values());
        model.addAttribute("shortfallReasons", ShortfallReason.values());
    }

    /** The other party's name as it stands today, for the link beside an entry; a party not known is said so. */
    private String nameOf(PartyId other, Locale locale) {
        try {
            return texts.shown(parties.get(other).details().name().value(), locale);
        } catch (UnknownPartyException e) {
            return texts.message("ui.event.otherParty.unknown", locale);
        }
    }

    private DetailsView details(PartyDetails details, String kind, Locale locale) {
        var bank = details.bankAccount();
        // An erased value is worded in the reader's language; the stored mark is the API's and the exports'.
        return new DetailsView(
                texts.shown(details.name().value(), locale),
                kind,
                details.phones().stream()
                        .map(phone -> texts.shown(phone.display(), locale))
                        .toList(),
                details.address() == null ? null : texts.shown(details.address().value(), locale),
                details.representative() == null
                        ? null
                        : texts.shown(details.representative().value(), locale),
                bank == null
                        ? null
                        : String.join(
                                        " ",
                                        bank.bank(),
                                        bank.branch(),
                                        texts.label("ui.accountType", bank.type(), locale),
                                        texts.shown(bank.number(), locale),
                                        bank.holder() == null ? "" : texts.shown(bank.holder(), locale))
                                .strip(),
                details.emails().stream()
                        .map(email -> texts.shown(email.value(), locale))
                        .toList(),
                details.websites().stream().map(WebDomain::value).toList());
    }
}
