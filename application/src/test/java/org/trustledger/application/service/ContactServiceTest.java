package org.trustledger.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.trustledger.application.port.in.ContactKey;
import org.trustledger.application.port.in.ContactLogUseCase.ScreenedContact;
import org.trustledger.application.port.in.IncomingContactUseCase.IncomingContact;
import org.trustledger.application.port.in.LoggedContact;
import org.trustledger.application.port.in.PurgedContacts;
import org.trustledger.application.port.in.ScreenCallerUseCase;
import org.trustledger.application.port.out.ContactAnnouncer;
import org.trustledger.application.port.out.ContactLog;
import org.trustledger.domain.identity.PhoneNumber;
import org.trustledger.domain.party.Channel;
import org.trustledger.domain.party.PartyId;
import org.trustledger.domain.screening.Priority;
import org.trustledger.domain.screening.ScreeningReason;
import org.trustledger.domain.screening.ScreeningReasonCode;
import org.trustledger.domain.screening.ScreeningRequest;
import org.trustledger.domain.screening.ScreeningResult;
import org.trustledger.domain.screening.Verdict;

/** The one flow of incoming contacts, against in-memory fakes of its out-ports. */
class ContactServiceTest {
    private static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");
    private static final PhoneNumber NUMBER = PhoneNumber.parse("03-5321-7788");

    private final List<Instant> screenedAt = new ArrayList<>();
    private final List<ScreeningRequest> screened = new ArrayList<>();
    private final FakeLog log = new FakeLog();
    private final FakeAnnouncer announcer = new FakeAnnouncer();
    private final ScreenCallerUseCase screening = new ScreenCallerUseCase() {
        @Override
        public ScreeningResult screen(ScreeningRequest request, Instant at) {
            screenedAt.add(at);
            screened.add(request);
            return new ScreeningResult(
                    Verdict.ACCEPT,
                    Priority.NORMAL,
                    List.of(ScreeningReason.of(
                            ScreeningReasonCode.DIRECT_CUSTOMER, Verdict.ACCEPT, Map.of(), List.of())),
                    List.of());
        }

        @Override
        public ScreeningAnswer screenAndRecord(
                ScreeningRequest request,
                String summary,
                Instant at,
                org.trustledger.application.port.in.Recording recording) {
            throw new UnsupportedOperationException();
        }
    };
    private final ContactService contacts =
            new ContactService(screening, log, announcer, Duration.ofDays(30), Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void givenANewCall_whenReceived_thenScreenedLoggedAndAnnouncedOnce() {
        var received = contacts.receive(call("pbx-1", NUMBER, false));

        assertThat(received.duplicate()).isFalse();
        assertThat(received.result().verdict()).isEqualTo(Verdict.ACCEPT);
        assertThat(received.contact().verdict()).isEqualTo(Verdict.ACCEPT);
        assertThat(received.contact().loggedAt()).isEqualTo(NOW);
        assertThat(log.find(new ContactKey(Channel.PHONE, "pbx-1"))).isPresent();
        assertThat(announcer.announced).hasSize(1);
    }

    @Test
    void givenACallAlreadyLogged_whenThePhoneSystemRetries_thenAnsweredAsLoggedAndNotAnnouncedAgain() {
        contacts.receive(call("pbx-1", NUMBER, false));
        var retried = contacts.receive(call("pbx-1", NUMBER, false));

        assertThat(retried.duplicate()).isTrue();
        assertThat(announcer.announced).hasSize(1);
        assertThat(screenedAt).hasSize(1);
    }

    @Test
    void givenTheSameIdOnAnotherChannel_thenItIsAnotherContact() {
        contacts.receive(call("42", NUMBER, false));
        var mail = contacts.receive(new IncomingContact(
                new ContactKey(Channel.EMAIL, "42"), "someone@example.jp", null, null, null, false));

        assertThat(mail.duplicate()).isFalse();
        assertThat(announcer.announced).hasSize(2);
    }

    @Test
    void givenAnEmail_whenReceivedAndFollowed_thenItsSenderAddressIsScreenedBothTimes() {
        List<ScreenedContact> heard = new ArrayList<>();
        contacts.follow(heard::add);

        var received = contacts.receive(new IncomingContact(
                new ContactKey(Channel.EMAIL, "<a1@next-hikari.jp>"), "Sales@Next-Hikari.jp", null, null, null, false));
        announcer.deliver(received.contact());

        assertThat(received.result().verdict()).isEqualTo(Verdict.ACCEPT);
        assertThat(heard)
                .singleElement()
                .satisfies(contact -> assertThat(contact.result()).isNotNull());
        assertThat(screened).hasSize(2).allSatisfy(request -> {
            assertThat(request.email().key()).isEqualTo("sales@next-hikari.jp");
            assertThat(request.channel()).isEqualTo(Channel.EMAIL);
        });
    }

    @Test
    void givenAnEmailWhoseSenderIsNoAddress_thenNothingIsScreenedButItIsLogged() {
        var received = contacts.receive(new IncomingContact(
                new ContactKey(Channel.EMAIL, "<a2@example.jp>"), "not an address", null, null, null, false));

        assertThat(received.result()).isNull();
        assertThat(received.duplicate()).isFalse();
        assertThat(screenedAt).isEmpty();
    }

    @Test
    void givenAWithheldNumber_thenNothingIsScreenedButTheCallIsLoggedAndAnnounced() {
        var received = contacts.receive(call("pbx-2", null, true));

        assertThat(received.result()).isNull();
        assertThat(received.contact().verdict()).isNull();
        assertThat(screenedAt).isEmpty();
        assertThat(announcer.announced).hasSize(1);
    }

    @Test
    void givenSomeoneFollowing_whenAContactIsAnnounced_thenTheyGetItScreenedAsOfWhenItWasLogged() {
        List<ScreenedContact> heard = new ArrayList<>();
        contacts.follow(heard::add);
        Instant loggedElsewhere = NOW.minusSeconds(3);
        announcer.deliver(new LoggedContact(
                new ContactKey(Channel.PHONE, "on-node-b"),
                "0353217788",
                null,
                loggedElsewhere,
                NUMBER,
                false,
                Verdict.ACCEPT,
                null,
                null,
                null,
                null,
                loggedElsewhere));

        assertThat(heard).singleElement().satisfies(contact -> {
            assertThat(contact.contact().key().contactId()).isEqualTo("on-node-b");
            assertThat(contact.result().verdict()).isEqualTo(Verdict.ACCEPT);
        });
        assertThat(screenedAt).containsExactly(loggedElsewhere);
    }

    @Test
    void whenPurged_thenWhatWasLoggedBeforeTheRetentionGoes() {
        contacts.purge(NOW);

        assertThat(log.purgedBefore).isEqualTo(NOW.minus(Duration.ofDays(30)));
    }

    private static IncomingContact call(String id, PhoneNumber number, boolean withheld) {
        return new IncomingContact(new ContactKey(Channel.PHONE, id), "0353217788", null, null, number, withheld);
    }

    private static final class FakeLog implements ContactLog {
        final Map<ContactKey, LoggedContact> contacts = new LinkedHashMap<>();
        Instant purgedBefore;

        @Override
        public boolean add(LoggedContact contact) {
            return contacts.putIfAbsent(contact.key(), contact) == null;
        }

        @Override
        public List<LoggedContact> recent(int limit) {
            return List.copyOf(contacts.values()).reversed();
        }

        @Override
        public Optional<LoggedContact> find(ContactKey key) {
            return Optional.ofNullable(contacts.get(key));
        }

        @Override
        public Optional<LoggedContact> taken(ContactKey key, String takenBy, PartyId recordedOn) {
            return Optional.ofNullable(contacts.computeIfPresent(key, (k, c) -> c.takenBy(takenBy, recordedOn)));
        }

        @Override
        public PurgedContacts purgeLoggedBefore(Instant before) {
            purgedBefore = before;
            return new PurgedContacts(0, 0);
        }

        @Override
        public int forget(PartyId party, java.util.Set<String> phones, java.util.Set<String> senders) {
            throw new UnsupportedOperationException("no erasure in these tests");
        }
    }

    private static final class FakeAnnouncer implements ContactAnnouncer {
        final List<LoggedContact> announced = new ArrayList<>();
        final List<Consumer<LoggedContact>> listeners = new CopyOnWriteArrayList<>();

        @Override
        public void announce(LoggedContact contact) {
            announced.add(contact);
        }

        void deliver(LoggedContact contact) {
            listeners.forEach(listener -> listener.accept(contact));
        }

        @Override
        public Subscription subscribe(Consumer<LoggedContact> listener) {
            listeners.add(listener);
            return () -> listeners.remove(listener);
        }
    }
}
