package org.trustledger.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.trustledger.application.port.in.ContactKey;
import org.trustledger.application.port.in.ContactLogUseCase;
import org.trustledger.application.port.in.LoggedContact;
import org.trustledger.application.port.in.PurgedContacts;
import org.trustledger.application.port.out.AccessLog;
import org.trustledger.application.port.out.JobLeases;
import org.trustledger.domain.party.PartyId;

/**
 * What is kept only for a while is forgotten by one node at a time, each round on whichever node holds the lease, and
 * the round logs how many contacts of callers never recorded on a party it forgot, apart from the others.
 */
@ExtendWith(OutputCaptureExtension.class)
class RetentionPurgeTest {
    private static final Instant T0 = Instant.parse("2026-03-01T01:00:00Z");

    private final MutableClock clock = new MutableClock(T0);
    private final Leases leases = new Leases();
    private final Contacts contacts = new Contacts();
    private final Reads reads = new Reads();
    private final ContactProperties contactProperties = new ContactProperties(null, null);
    private final AccessLogProperties accessLogProperties = new AccessLogProperties(null);

    @Test
    void twoNodes_purgeOnOneAtATime_andTheRoundLogsWhatWasForgotten(CapturedOutput output) {
        RetentionPurge nodeA = node();
        RetentionPurge nodeB = node();

        assertThat(nodeA.run()).isTrue();
        assertThat(nodeB.run()).isFalse();
        assertThat(contacts.purgedAt).containsExactly(T0);
        assertThat(reads.forgottenBefore).containsExactly(T0.minus(Duration.ofDays(365)));
        assertThat(output.getOut())
                .contains("Forgot 2 contacts of callers never recorded on a party and 1 of others, logged more than"
                        + " 90 days ago, and 4 access-log entries older than 365 days");

        clock.advance(Duration.ofHours(1));
        assertThat(nodeB.run()).isTrue();
        assertThat(nodeA.run()).isFalse();
        assertThat(contacts.purgedAt).containsExactly(T0, T0.plus(Duration.ofHours(1)));
    }

    @Test
    void aFailedRound_isLogged_andTheNextOneRunsAgain(CapturedOutput output) {
        RetentionPurge node = node();
        contacts.failNext = true;

        assertThat(node.run()).isFalse();
        assertThat(output.getOut()).contains("Could not forget what is past its retention");
        assertThat(node.run()).isTrue();
    }

    private RetentionPurge node() {
        return new RetentionPurge(
                contacts, reads, leases, new ThreadPoolTaskScheduler(), contactProperties, accessLogProperties, clock);
    }

    /** The job leases' rule, as the database keeps it: a lease is taken when free or run out, renewed by its holder. */
    private static final class Leases implements JobLeases {
        private final Map<String, String> holders = new HashMap<>();
        private final Map<String, Instant> until = new HashMap<>();

        @Override
        public synchronized boolean tryAcquire(String job, String holder, Instant now, Duration length) {
            if (holders.containsKey(job)
                    && !holders.get(job).equals(holder)
                    && until.get(job).isAfter(now)) {
                return false;
            }
            holders.put(job, holder);
            until.put(job, now.plus(length));
            return true;
        }

        @Override
        public synchronized void release(String job, String holder) {
            holders.remove(job, holder);
        }
    }

    private static final class Contacts implements ContactLogUseCase {
        final List<Instant> purgedAt = new ArrayList<>();
        boolean failNext;

        @Override
        public PurgedContacts purge(Instant now) {
            if (failNext) {
                failNext = false;
                throw new IllegalStateException("the database is away");
            }
            purgedAt.add(now);
            return new PurgedContacts(2, 1);
        }

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
        public AutoCloseable follow(Consumer<ScreenedContact> listener) {
            return () -> {};
        }
    }

    private static final class Reads implements AccessLog {
        final List<Instant> forgottenBefore = new ArrayList<>();

        @Override
        public void record(Entry entry) {}

        @Override
        public List<Entry> recent(int limit) {
            return List.of();
        }

        @Override
        public int forgetBefore(Instant before) {
            forgottenBefore.add(before);
            return 4;
        }

        @Override
        public List<Entry> matching(Collection<String> actionPrefixes, Instant since, int limit) {
            return List.of();
        }
    }
}
