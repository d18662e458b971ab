package org.trustledger.adapters.web.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.trustledger.adapters.common.ReasonTexts;
import org.trustledger.domain.DomainException;
import org.trustledger.domain.identity.IdentityEvidence;
import org.trustledger.domain.party.PartyEvent;
import org.trustledger.domain.party.PartyEvent.CallerIdentified;
import org.trustledger.domain.party.PartyEvent.LinkReviewed;
import org.trustledger.domain.party.PartyEvent.PartyAmended;
import org.trustledger.domain.party.PartyEvent.PartyRegistered;
import org.trustledger.domain.party.PartyEvent.PaymentSettled;
import org.trustledger.domain.party.PartyEvent.PaymentShort;
import org.trustledger.domain.party.PartyEvent.RelationshipReinstated;
import org.trustledger.domain.party.PartyEvent.RelationshipTerminated;
import org.trustledger.domain.party.PartyEvent.RenameConfirmed;
import org.trustledger.domain.party.PartyEvent.RequestReceived;
import org.trustledger.domain.party.PartyEvent.TroubleLogged;
import org.trustledger.domain.party.PartyId;
import org.trustledger.domain.party.RelationshipCause;
import org.trustledger.domain.screening.ScreeningReason;
import org.trustledger.domain.trust.Reason;

/**
 * The words of the dashboard in the reader's language, from the same message bundle as the API: reasons are shown
 * from their code and message key alone, so a new reason needs only its message line.
 */
@Component
class UiTexts {
    /** The shop is in Japan: days, weeks and months are Japanese ones. */
    static final ZoneId ZONE = ZoneId.of("Asia/Tokyo");

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final MessageSource messages;
    private final ReasonTexts reasonTexts;

    UiTexts(MessageSource messages, ReasonTexts reasonTexts) {
        this.messages = messages;
        this.reasonTexts = reasonTexts;
    }

    /** What the domain refused and why, in the reader's language. */
    String error(DomainException e, Locale locale) {
        return reasonTexts.error(e, locale);
    }

    String message(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    /** The name of a code such as a kind or a category, as {@code prefix.CODE} in the bundle; the code when absent. */
    String label(String prefix, Object code, Locale locale) {
        if (code == null) {
            return "";
        }
        String name = code instanceof Enum<?> e ? e.name() : code.toString();
        return messages.getMessage(prefix + "." + name, null, name, locale);
    }

    String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant.atZone(ZONE));
    }

    /** One reason for a trust status and the event sequences behind it. */
    record ReasonLine(String code, String text, List<Long> eventSequences) {}

    ReasonLine reason(Reason reason, Locale locale) {
        return new ReasonLine(
                reason.code(), reasonTexts.text(reason.messageKey(), reason.args(), locale), reason.eventSequences());
    }

    /** One reason for a screening verdict, with the verdict it calls for. */
    record ScreeningLine(String code, String effect, String text) {}

    ScreeningLine reason(ScreeningReason reason, Locale locale) {
        return new ScreeningLine(
                reason.code().name(),
                reason.effect().name(),
                reasonTexts.text(reason.messageKey(), reason.args(), locale));
    }

    /** A piece of matching evidence: its kind in words, how strong it is, and what matched. */
    record EvidenceLine(String kind, int strengthPercent, String detail) {}

    EvidenceLine evidence(IdentityEvidence evidence, Locale locale) {
        return new EvidenceLine(
                label("identity.evidence", evidence.kind(), locale),
                (int) Math.round(evidence.weight() * 100),
                reasonTexts.detail(evidence.detail(), locale));
    }

    /**
     * Why a relationship ended or was taken up again, in the reader's words, with the manager's own words when the
     * event has them; the other party is named beside the line, with a link, not in it.
     */
    private String relationship(String key, RelationshipCause cause, String reason, Locale locale) {
        String worded = cause == null || cause == RelationshipCause.MANAGER_DECISION ? key : key + "." + cause.name();
        return reason == null ? message(worded + ".noReason", locale) : message(worded, locale, reason);
    }

    /** The other party an event is about — a rename's other half, the party a pair rule followed — or null. */
    static PartyId otherParty(PartyEvent event) {
        return switch (event) {
            case LinkReviewed e -> e.linkedParty();
            case RenameConfirmed e -> e.renamedParty();
            case RelationshipTerminated e -> e.otherParty();
            case RelationshipReinstated e -> e.otherParty();
            default -> null;
        };
    }

    /** What an event says, in a line a person reads on the timeline; the other party it names is shown beside it. */
    String describe(PartyEvent event, Locale locale) {
        return switch (event) {
            case PartyRegistered e ->
                message(
                        "ui.event.text.registered",
                        locale,
                        label("ui.kind", e.kind(), locale),
                        e.details().name().value());
            case PartyAmended e ->
                message(
                        "ui.event.text.amended",
                        locale,
                        label("ui.kind", e.kind(), locale),
                        e.details().name().value());
            case RequestReceived e ->
                message(
                        "ui.event.text.request",
                        locale,
                        label("ui.channel", e.channel(), locale),
                        message(e.onBehalfOfCustomer() ? "ui.intake.forCustomer" : "ui.intake.forThemselves", locale),
                        e.answer() == null ? message("ui.answer.none", locale) : label("ui.answer", e.answer(), locale),
                        e.summary());
            case CallerIdentified e ->
                message(
                        e.fullNameGiven() ? "ui.event.text.caller" : "ui.event.text.callerWithheld",
                        locale,
                        e.name() == null ? "—" : e.name().value(),
                        e.role() == null ? "—" : e.role(),
                        e.callBack() == null ? "—" : e.callBack().display());
            case TroubleLogged e ->
                e.staffNote() == null
                        ? message(
                                "ui.event.text.trouble",
                                locale,
                                label("ui.category", e.category(), locale),
                                label("ui.severity", e.severity(), locale),
                                e.description())
                        : message(
                                "ui.event.text.troubleWithNote",
                                locale,
                                label("ui.category", e.category(), locale),
                                label("ui.severity", e.severity(), locale),
                                e.description(),
                                e.staffNote());
            case PaymentShort e ->
                message(
                        "ui.event.text.shortfall",
                        locale,
                        e.invoiceRef(),
                        e.invoiced().value(),
                        e.paid().value(),
                        label("ui.shortfallReason", e.reason(), locale),
                        e.daysLate());
            case PaymentSettled e ->
                message(
                        "ui.event.text.settled",
                        locale,
                        e.invoiceRef(),
                        e.paid().value(),
                        e.outstanding().value());
            case RelationshipTerminated e -> relationship("ui.event.text.terminated", e.cause(), e.reason(), locale);
            case RelationshipReinstated e -> relationship("ui.event.text.reinstated", e.cause(), e.reason(), locale);
            case LinkReviewed e ->
                message(
                        e.confirmed() ? "ui.event.text.linkConfirmed" : "ui.event.text.linkDismissed",
                        locale,
                        e.reason());
            case RenameConfirmed e -> message("ui.event.text.renameConfirmed", locale, e.reason());
            case PartyEvent.EntryRetracted e -> message("ui.event.text.retracted", locale, e.sequence(), e.reason());
        };
    }
}
