package org.trustledger.adapters.common.contact;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.trustledger.adapters.common.ReasonTexts;
import org.trustledger.application.port.in.ContactLogUseCase.ScreenedContact;
import org.trustledger.application.port.in.LoggedContact;
import org.trustledger.domain.party.Channel;
import org.trustledger.domain.screening.Match;
import org.trustledger.domain.screening.ScreeningResult;

/**
 * What staff are shown of an incoming contact, whichever channel brought it: the verdict, its reasons and the matched
 * party's evidence in the reader's language. Every adapter that shows a contact shows it through this.
 */
@Component
public class ContactPresenter {
    private final MessageSource messages;
    private final ReasonTexts reasonTexts;

    public ContactPresenter(MessageSource messages, ReasonTexts reasonTexts) {
        this.messages = messages;
        this.reasonTexts = reasonTexts;
    }

    /** A contact as a live pop-up, in the reader's language. */
    public ContactView present(ScreenedContact screened, Locale locale) {
        LoggedContact contact = screened.contact();
        ScreeningResult result = screened.result();
        Match best = ScreenedContact.bestMatch(result);
        return new ContactView(
                contact.key().channel().name(),
                contact.key().contactId(),
                contact.at(),
                contact.from(),
                contact.number() == null ? null : contact.number().display(),
                contact.withheld(),
                // A call neither withheld nor readable: the phone system sent something that is not a number. Other
                // channels are known by their sender (an e-mail by its address), so no number is no fault of theirs.
                contact.key().channel() == Channel.PHONE && contact.number() == null && !contact.withheld(),
                result == null ? null : result.verdict().name(),
                result == null ? null : text("ui.verdict." + result.verdict().name(), locale),
                result == null
                        ? List.of()
                        : result.reasons().stream()
                                .map(r -> reasonTexts.text(r.messageKey(), r.args(), locale))
                                .toList(),
                best == null ? null : party(best, locale));
    }

    /** A contact as a line of the contact log. */
    public ContactEntry entry(LoggedContact contact) {
        return new ContactEntry(
                contact.key().channel().name(),
                contact.key().contactId(),
                contact.at(),
                contact.from(),
                contact.to(),
                contact.number() == null ? null : contact.number().display(),
                contact.withheld(),
                contact.verdict() == null ? null : contact.verdict().name(),
                contact.partyId() == null ? null : contact.partyId().value(),
                contact.partyName(),
                contact.takenBy(),
                contact.recordedOn() == null ? null : contact.recordedOn().value());
    }

    private MatchedParty party(Match match, Locale locale) {
        return new MatchedParty(
                match.partyId().value(),
                match.name(),
                match.status().name(),
                text("trust.status." + match.status().name(), locale),
                (int) Math.round(match.score() * 100),
                match.requester(),
                match.evidence().stream()
                        .map(e -> new Evidence(
                                text("identity.evidence." + e.kind().name(), locale),
                                (int) Math.round(e.weight() * 100),
                                reasonTexts.detail(e.detail(), locale)))
                        .toList());
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    /** One contact as a live event, in the language of the member of staff it is sent to. */
    public record ContactView(
            String channel,
            String contactId,
            Instant at,
            String from,
            String number,
            boolean withheld,
            boolean unreadable,
            String verdict,
            String verdictText,
            List<String> reasons,
            MatchedParty party) {}

    /** A contact in the contact log: who got in touch when, what screening said, and who took it. */
    public record ContactEntry(
            String channel,
            String contactId,
            Instant at,
            String from,
            String to,
            String number,
            boolean withheld,
            String verdict,
            UUID partyId,
            String partyName,
            String takenBy,
            UUID recordedOn) {}

    /** The known party the contact matched best, with the evidence of the match. */
    public record MatchedParty(
            UUID id,
            String name,
            String status,
            String statusText,
            int scorePercent,
            boolean requester,
            List<Evidence> evidence) {}

    /** One piece of matching evidence: its kind in words, how strong it is, and what matched. */
    public record Evidence(String kind, int strengthPercent, String detail) {}
}
