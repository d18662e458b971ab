package org.trustledger.application.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.trustledger.application.port.in.ContactKey;
import org.trustledger.application.port.in.ContactLogUseCase;
import org.trustledger.application.port.in.IncomingContactUseCase;
import org.trustledger.application.port.in.LoggedContact;
import org.trustledger.application.port.in.PurgedContacts;
import org.trustledger.application.port.in.ScreenCallerUseCase;
import org.trustledger.application.port.out.ContactAnnouncer;
import org.trustledger.application.port.out.ContactLog;
import org.trustledger.domain.identity.EmailAddress;
import org.trustledger.domain.identity.PhoneNumber;
import org.trustledger.domain.party.Channel;
import org.trustledger.domain.party.PartyId;
import org.trustledger.domain.screening.Match;
import org.trustledger.domain.screening.ScreeningRequest;
import org.trustledger.domain.screening.ScreeningResult;

/**
 * One flow for every channel's contacts: dedupe by the channel's id, screen, log, announce; and the log and the live
 * feed for staff. A new channel brings only its transport.
 */
public final class ContactService implements IncomingContactUseCase, ContactLogUseCase {
    private final ScreenCallerUseCase screening;
    private final ContactLog log;
    private final ContactAnnouncer announcer;
    private final Duration retention;
    private final Clock clock;

    public ContactService(
            ScreenCallerUseCase screening,
            ContactLog log,
            ContactAnnouncer announcer,
            Duration retention,
            Clock clock) {
        this.screening = screening;
        this.log = log;
        this.announcer = announcer;
        this.retention = Objects.requireNonNull(retention, "retention");
        this.clock = clock;
    }

    @Override
    public ReceivedContact receive(IncomingContact contact) {
        Optional<LoggedContact> known = log.find(contact.key());
        if (known.isPresent()) {
            return new ReceivedContact(known.get(), null, true);
        }
        Instant now = clock.instant();
        ScreeningResult result = screen(
                contact.number(),
                LoggedContact.senderAddress(contact.key(), contact.from()),
                contact.key().channel(),
                now);
        Match best = ScreenedContact.bestMatch(result);
        LoggedContact logged = new LoggedContact(
                contact.key(),
                contact.from(),
                contact.to(),
                contact.at() == null ? now : contact.at(),
                contact.number(),
                contact.withheld(),
                result == null ? null : result.verdict(),
                best == null ? null : best.partyId(),
                best == null ? null : best.name(),
                null,
                null,
                now);
        if (!log.add(logged)) {
            // The same contact reported twice at once, perhaps to two nodes: the first report is the one staff saw.
            return new ReceivedContact(log.find(contact.key()).orElse(logged), null, true);
        }
        announcer.announce(logged);
        return new ReceivedContact(logged, result, false);
    }

    @Override
    public List<LoggedContact> recent(int limit) {
        return log.recent(limit);
    }

    @Override
    public Optional<LoggedContact> find(ContactKey key) {
        return log.find(key);
    }

    @Override
    public Optional<LoggedContact> taken(ContactKey key, String takenBy, PartyId recordedOn) {
        return log.taken(key, takenBy, recordedOn);
    }

    @Override
    public PurgedContacts purge(Instant now) {
        return log.purgeLoggedBefore(now.minus(retention));
    }

    /**
     * An announcement carries the contact as logged, not its screening, so that it fits through any node-to-node
     * channel; the screening is told again as of the moment the contact was logged, which gives what its logger saw.
     */
    @Override
    public AutoCloseable follow(Consumer<ScreenedContact> listener) {
        return announcer.subscribe(contact -> listener.accept(new ScreenedContact(
                contact,
                screen(contact.number(), contact.senderAddress(), contact.key().channel(), contact.loggedAt()))));
    }

    /**
     * A sender is known by a phone number and, for an e-mail, by the address it came from (and so its domain); without
     * either there is nothing to screen, and staff ask.
     */
    private ScreeningResult screen(PhoneNumber number, EmailAddress email, Channel channel, Instant at) {
        return number == null && email == null
                ? null
                : screening.screen(
                        new ScreeningRequest(
                                null, null, false, number, null, null, null, null, false, channel, false, email, null),
                        at);
    }
}
