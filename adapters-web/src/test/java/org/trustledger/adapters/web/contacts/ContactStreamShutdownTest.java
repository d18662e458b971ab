package org.trustledger.adapters.web.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.trustledger.application.port.in.ContactKey;
import org.trustledger.application.port.in.ContactLogUseCase;
import org.trustledger.application.port.in.LoggedContact;
import org.trustledger.application.port.in.PurgedContacts;
import org.trustledger.domain.party.PartyId;

/**
 * Open streams end when the product stops, so that the web server's graceful shutdown has no request left that
 * would only end at its grace period (30 s), and the stop logs no timeouts of streams.
 */
class ContactStreamShutdownTest {

    @Test
    void stopping_endsEveryOpenStream_andHearsNoMoreListeners() throws Exception {
        NoContacts contacts = new NoContacts();
        // No contact arrives in this test, so nothing is ever presented.
        ContactStream stream = new ContactStream(contacts, null);
        stream.start();
        stream.listen(Locale.JAPANESE);
        stream.listen(Locale.ENGLISH);
        assertThat(stream.listening()).isEqualTo(2);

        stream.stop();

        assertThat(stream.listening()).isZero();
        assertThat(stream.isRunning()).isFalse();
        // Before the web server's graceful shutdown (phase Integer.MAX_VALUE - 1024) starts waiting.
        assertThat(stream.getPhase()).isGreaterThan(Integer.MAX_VALUE - 1024);

        stream.unfollow();
        assertThat(contacts.unfollowed.get()).isTrue();
    }

    /** A contact log nobody calls: only its subscription is of interest here. */
    private static final class NoContacts implements ContactLogUseCase {
        final AtomicBoolean unfollowed = new AtomicBoolean();

        @Override
        public List<LoggedContact> recent(int limit) {
            return List.of();
        }

        @Override
        public Optional<LoggedContact> find(ContactKey key) {
            return Optional.empty();
        }

        @Override
        public Optional<LoggedContact> taken(ContactKey key, String takenBy, PartyId recordedOn) {
            return Optional.empty();
        }

        @Override
        public PurgedContacts purge(Instant now) {
            return new PurgedContacts(0, 0);
        }

        @Override
        public AutoCloseable follow(Consumer<ScreenedContact> listener) {
            return () -> unfollowed.set(true);
        }
    }
}
