package org.trustledger.adapters.common;

import java.util.Locale;
import java.util.function.UnaryOperator;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.trustledger.domain.identity.Erasure;
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

/**
 * An event's facts in a line of the reader's language, from the message bundle, for the dashboard's timeline and the
 * API's history alike: the domain stores facts, and only a person's own words come from the event as they are.
 */
@Component
public class EventTexts {
    private final MessageSource messages;

    public EventTexts(MessageSource messages) {
        this.messages = messages;
    }

    private String message(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    /** The name of a code such as a kind or a category, as {@code prefix.CODE} in the bundle; the code when absent. */
    private String label(String prefix, Object code, Locale locale) {
        if (code == null) {
            return "";
        }
        String name = code instanceof Enum<?> e ? e.name() : code.toString();
        return messages.getMessage(prefix + "." + name, null, name, locale);
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
    public static PartyId otherParty(PartyEvent event) {
        return switch (event) {
            case LinkReviewed e -> e.linkedParty();
            case RenameConfirmed e -> e.renamedParty();
            case RelationshipTerminated e -> e.otherParty();
            case RelationshipReinstated e -> e.otherParty();
            default -> null;
        };
    }

    /**
     * What an event says, in a line a person reads; the other party it names is shown beside it, by its name. A
     * personal value erased reads as stored, {@link Erasure#MARK}, as the API and the exports give it.
     */
    public String describe(PartyEvent event, Locale locale) {
        return describe(event, locale, UnaryOperator.identity());
    }

    /** The same line with a personal value erased worded in the reader's language, for a page a person reads. */
    public String describeForReader(PartyEvent event, Locale locale) {
        return describe(event, locale, value -> shown(value, locale));
    }

    /** A personal value as a person reads it: an erased one in their language, any other as it was written. */
    public String shown(String value, Locale locale) {
        return Erasure.isErased(value) ? message("ui.erased", locale) : value;
    }

    private String describe(PartyEvent event, Locale locale, UnaryOperator<String> personal) {
        return switch (event) {
            case PartyRegistered e ->
                message(
                        "ui.event.text.registered",
                        locale,
                        label("ui.kind", e.kind(), locale),
                        personal.apply(e.details().name().value()));
            case PartyAmended e ->
                message(
                        "ui.event.text.amended",
                        locale,
                        label("ui.kind", e.kind(), locale),
                        personal.apply(e.details().name().value()));
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
                        e.name() == null ? "—" : personal.apply(e.name().value()),
                        e.role() == null ? "—" : e.role(),
                        e.callBack() == null ? "—" : personal.apply(e.callBack().display()));
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
            case PartyEvent.PersonalDataErased e -> {
                String whose = e.ofParty() ? "erased" : "personErased";
                yield e.request() == null
                        ? message("ui.event.text." + whose, locale, e.reason())
                        : message("ui.event.text." + whose + "Answering", locale, e.request(), e.reason());
            }
            case PartyEvent.PersonalDataRequested e ->
                message(
                        "ui.event.text.personRequest",
                        locale,
                        label("ui.personRequestKind", e.kind(), locale),
                        label("ui.channel", e.channel(), locale),
                        e.receivedOn());
            case PartyEvent.PersonalDataRequestRefused e ->
                message("ui.event.text.personRequestRefused", locale, e.request(), e.reason());
            case PartyEvent.PersonalDataRequestAnswered e ->
                e.note() == null
                        ? message("ui.event.text.personRequestAnswered", locale, e.request())
                        : message("ui.event.text.personRequestAnsweredWithNote", locale, e.request(), e.note());
        };
    }
}
