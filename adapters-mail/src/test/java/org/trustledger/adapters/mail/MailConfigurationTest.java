package org.trustledger.adapters.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.trustledger.application.port.in.ContactKey;
import org.trustledger.application.port.in.IncomingContactUseCase;
import org.trustledger.application.service.ContactService;
import org.trustledger.application.service.InMemoryContacts;
import org.trustledger.domain.party.Channel;

/** The adapter as Spring wires it from {@code trustledger.mail.*}: off by default, reading the mailbox when on. */
class MailConfigurationTest {
    @TempDir
    Path data;

    private final InMemoryContacts contacts = new InMemoryContacts();
    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(MailConfiguration.class)
            .withBean(Clock.class, Clock::systemUTC)
            .withBean(
                    IncomingContactUseCase.class,
                    () -> new ContactService(
                            new MailScreening(), contacts, contacts, Duration.ofDays(30), Clock.systemUTC()));

    @Test
    void givenNoSettings_thenNoMailboxIsReadAndItsHealthIsUnknown() {
        context.run(app -> {
            assertThat(app).doesNotHaveBean(MailboxPoller.class);
            var health =
                    app.getBean("mailHealthIndicator", HealthIndicator.class).health();
            assertThat(health.getStatus()).isEqualTo(Status.UNKNOWN);
            assertThat(health.getDetails()).containsEntry("enabled", false);
        });
    }

    @Test
    void givenEnabledWithoutAHost_thenTheNodeDoesNotStartAndSaysWhichSettingIsMissing() {
        context.withPropertyValues("trustledger.mail.enabled=true")
                .run(app -> assertThat(app)
                        .hasFailed()
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("trustledger.mail.host"));
    }

    @Test
    void givenAMailboxInTheSettings_thenItsMessagesBecomeContacts() throws Exception {
        try (TestMailbox mailbox = new TestMailbox().start()) {
            mailbox.deliver("""
                    Message-ID: <wired@example.jp>
                    From: someone@example.jp

                    Hello.
                    """);
            context.withPropertyValues(
                            "trustledger.mail.enabled=true",
                            "trustledger.mail.host=127.0.0.1",
                            "trustledger.mail.port=" + mailbox.port,
                            "trustledger.mail.protocol=imap",
                            "trustledger.mail.user=" + TestMailbox.USER,
                            "trustledger.mail.password=" + TestMailbox.PASSWORD,
                            "trustledger.mail.poll-interval=200ms",
                            "trustledger.mail.mark-file=" + data.resolve("mark"))
                    .run(app -> {
                        await().atMost(Duration.ofMinutes(2))
                                .until(() -> contacts.find(new ContactKey(Channel.EMAIL, "<wired@example.jp>"))
                                        .isPresent());
                        await().atMost(Duration.ofMinutes(2))
                                .until(() -> app.getBean("mailHealthIndicator", HealthIndicator.class)
                                        .health()
                                        .getStatus()
                                        .equals(Status.UP));
                    });
        }
    }
}
