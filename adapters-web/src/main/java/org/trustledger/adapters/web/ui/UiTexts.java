package org.trustledger.adapters.web.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.trustledger.adapters.common.EventTexts;
import org.trustledger.adapters.common.ReasonTexts;
import org.trustledger.domain.DomainException;
import org.trustledger.domain.identity.IdentityEvidence;
import org.trustledger.domain.party.PartyEvent;
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
    private final EventTexts eventTexts;

    UiTexts(MessageSource messages, ReasonTexts reasonTexts, EventTexts eventTexts) {
        this.messages = messages;
        this.reasonTexts = reasonTexts;
        this.eventTexts = eventTexts;
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
     * What an event says, in a line a person reads on the timeline, an erased value in the reader's words; the other
     * party it names is shown beside it.
     */
    String describe(PartyEvent event, Locale locale) {
        return eventTexts.describeForReader(event, locale);
    }

    /**
     * A personal value as the dashboard shows it: an erased one in the reader's language (消去済み, Erased), where the
     * API and the exports give the stored mark; any other as it was written.
     */
    String shown(String value, Locale locale) {
        return value == null ? null : eventTexts.shown(value, locale);
    }
}
