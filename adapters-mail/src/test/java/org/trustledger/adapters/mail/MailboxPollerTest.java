package org.trustledger.adapters.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.trustledger.application.port.in.ContactKey;
import org.trustledger.application.service.ContactService;
import org.trustledger.application.service.InMemoryContacts;
import org.trustledger.domain.party.Channel;

/** The poller on its own thread against a mailbox that is down, comes up, or refuses the password. */
class MailboxPollerTest {
    /** Generous: the poller waits at most 400 ms between attempts here, but the machine may be busy. */
    private static final Duration PATIENCE = Duration.ofMinutes(2);

    @TempDir
    Path data;

    private final InMemoryContacts contacts = new InMemoryContacts();
    private final ContactService service =
            new ContactService(new MailScreening(), contacts, contacts, Duration.ofDays(30), Clock.systemUTC());
    private TestMailbox mailbox;
    private MailboxPoller poller;

    @AfterEach
    void stop() {
        if (poller != null) {
            poller.stop();
        }
        mailbox.close();
    }

    @Test
    void givenAnUnreachableMailbox_thenItIsDownWithWhy_andOnceItComesUpItsMessagesArrive() throws Exception {
        mailbox = new TestMailbox();
        poller = poller(mailbox.settings(data.resolve("mark")));
        poller.start();

        await().atMost(PATIENCE).until(() -> poller.health().getStatus().equals(Status.DOWN));
        Health down = poller.health();
        assertThat(down.getDetails())
                .containsEntry("mailbox", "imap://intake@127.0.0.1:" + mailbox.port + "/INBOX")
                .containsKeys("problem", "failuresInARow", "nextAttempt");
        assertThat(down.getDetails().get("problem").toString()).containsIgnoringCase("connect");

        mailbox.start();
        mailbox.deliver("""
                Message-ID: <while-down@example.jp>
                From: someone@example.jp

                Sent while the mailbox was down.
                """);

        await().atMost(PATIENCE)
                .until(() -> contacts.find(new ContactKey(Channel.EMAIL, "<while-down@example.jp>"))
                        .isPresent());
        await().atMost(PATIENCE).until(() -> poller.health().getStatus().equals(Status.UP));
        assertThat(poller.health().getDetails()).doesNotContainKey("problem");
    }

    @Test
    void givenAWrongPassword_thenItIsDownAndSaysSoWithoutThePassword() throws Exception {
        mailbox = new TestMailbox().start();
        String wrong = "not-the-Passw0rd";
        poller = poller(mailbox.settings(data.resolve("mark"), wrong));
        poller.start();

        await().atMost(PATIENCE).until(() -> poller.health().getStatus().equals(Status.DOWN));

        String shown = poller.health().getDetails().toString();
        assertThat(shown).containsIgnoringCase("authentication").doesNotContain(wrong);
    }

    @Test
    void givenFailuresInARow_thenEachWaitDoublesUpToTheLongest() throws Exception {
        mailbox = new TestMailbox();
        MailboxPoller unstarted = poller(mailbox.settings(data.resolve("mark")));

        assertThat(unstarted.backoff(1)).isEqualTo(Duration.ofMillis(100));
        assertThat(unstarted.backoff(2)).isEqualTo(Duration.ofMillis(200));
        assertThat(unstarted.backoff(3)).isEqualTo(Duration.ofMillis(400));
        assertThat(unstarted.backoff(4)).isEqualTo(Duration.ofMillis(400));
        assertThat(unstarted.backoff(1_000)).isEqualTo(Duration.ofMillis(400));
    }

    @Test
    void givenAServerThatRepeatsThePassword_thenTheProblemShownLeavesItOut() throws Exception {
        mailbox = new TestMailbox();
        MailboxPoller unstarted = poller(mailbox.settings(data.resolve("mark")));

        String problem = unstarted.problem(new jakarta.mail.AuthenticationFailedException(
                "LOGIN intake " + TestMailbox.PASSWORD + " refused", new IllegalStateException(TestMailbox.PASSWORD)));

        assertThat(problem).contains("AuthenticationFailedException", "refused").doesNotContain(TestMailbox.PASSWORD);
    }

    private MailboxPoller poller(MailProperties settings) {
        return new MailboxPoller(
                settings, new MailIntake(settings, service, new UidMark(settings.markFile())), Clock.systemUTC());
    }
}
