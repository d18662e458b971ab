package org.trustledger.adapters.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trustledger.application.port.in.ContactKey;
import org.trustledger.application.port.in.IncomingContactUseCase;
import org.trustledger.application.port.in.LoggedContact;
import org.trustledger.application.service.ContactService;
import org.trustledger.application.service.InMemoryContacts;
import org.trustledger.domain.party.Channel;
import org.trustledger.domain.screening.Verdict;

/** Messages on a real IMAP server, read into the core's contact log through the real flow of incoming contacts. */
class MailIntakeTest {
    private static final String RESELLER_MAIL = """
            Message-ID: <order-1@next-hikari.jp>
            From: =?UTF-8?B?44ON44Kv44K544OI5YWJ44K144Od44O844OI?= <Sales@Next-Hikari.jp>
            To: intake@shop.example
            Subject: =?UTF-8?B?6Kiq5ZWP44K144Od44O844OI44Gu44GU5L6d6aC8?=
            Date: Mon, 30 Nov 2026 10:00:00 +0900
            MIME-Version: 1.0
            Content-Type: text/plain; charset=UTF-8
            Content-Transfer-Encoding: 8bit

            お世話になっております。
            弊社のお客様宅（横浜市）へ訪問サポートをお願いできますでしょうか。
            お客様の電話番号は 045-111-2222 です。

            --\u0020
            ネクスト光サポート 営業部
            TEL: 03-5321-7788
            """;

    @TempDir
    Path data;

    private final MailScreening screening = new MailScreening();
    private final InMemoryContacts contacts = new InMemoryContacts();
    private final ContactService service =
            new ContactService(screening, contacts, contacts, Duration.ofDays(30), Clock.systemUTC());
    private TestMailbox mailbox;

    @BeforeEach
    void startTheMailbox() throws Exception {
        mailbox = new TestMailbox().start();
    }

    @AfterEach
    void stopTheMailbox() {
        mailbox.close();
    }

    @Test
    void givenAMailFromATerminatedResellersAddress_whenRead_thenItIsAnEmailContactRefusedByItsSender()
            throws Exception {
        Instant delivered = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        mailbox.deliver(RESELLER_MAIL);

        assertThat(intake("mark").read()).isEqualTo(1);

        LoggedContact contact = only("<order-1@next-hikari.jp>");
        assertThat(contact.from()).isEqualTo("Sales@Next-Hikari.jp");
        assertThat(contact.to()).isEqualTo(TestMailbox.ADDRESS);
        // When the server received it: the sender's Date line is the sender's to get wrong.
        assertThat(contact.at()).isBetween(delivered, Instant.now());
        assertThat(contact.withheld()).isFalse();
        assertThat(contact.verdict()).isEqualTo(Verdict.REFUSE);
        assertThat(contact.partyId()).isEqualTo(MailScreening.RESELLER);
        // The number in the signature, not the customer's number in the body.
        assertThat(contact.number().sameLine(MailScreening.RESELLER_PHONE)).isTrue();
        assertThat(screening.requests).singleElement().satisfies(request -> {
            assertThat(request.email().key()).isEqualTo(MailScreening.RESELLER_ADDRESS);
            assertThat(request.channel()).isEqualTo(Channel.EMAIL);
        });
    }

    @Test
    void givenAnotherAddressAtTheResellersDomain_whenRead_thenItIsALinkToAskAbout() throws Exception {
        mailbox.deliver("""
                Message-ID: <hello@next-hikari.jp>
                From: tanaka@next-hikari.jp
                Subject: hello

                Please call me.
                """);

        intake("mark").read();

        assertThat(only("<hello@next-hikari.jp>").verdict()).isEqualTo(Verdict.CAUTION);
    }

    @Test
    void givenTheResellersNumberInTheSignatureOfAFreeMailAddress_whenRead_thenRefusedByTheNumber() throws Exception {
        mailbox.deliver("""
                Message-ID: <x9@mail.gmail.com>
                From: hikari.support.tokyo@gmail.com
                Subject: =?ISO-2022-JP?B?GyRCJCpMZCQkOWckbyQ7GyhC?=
                MIME-Version: 1.0
                Content-Type: text/plain; charset=ISO-2022-JP
                Content-Transfer-Encoding: 7bit

                %s
                """.formatted(iso2022jp("お問い合わせです。\n\n━━━━━━━━━━━━\nサポート窓口\n電話：０３−５３２１−７７８８\n━━━━━━━━━━━━")));

        intake("mark").read();

        LoggedContact contact = only("<x9@mail.gmail.com>");
        assertThat(contact.number().sameLine(MailScreening.RESELLER_PHONE)).isTrue();
        assertThat(contact.verdict()).isEqualTo(Verdict.REFUSE);
    }

    @Test
    void givenTheMailboxReadAgain_thenNothingIsHandedOnTwice() throws Exception {
        mailbox.deliver(RESELLER_MAIL);
        MailIntake intake = intake("mark");

        intake.read();

        assertThat(intake.read()).isZero();
        assertThat(contacts.recent(10)).hasSize(1);
        assertThat(screening.requests).hasSize(1);
    }

    @Test
    void givenARestart_whenRead_thenOnlyTheNewMessagesAreHandedOn() throws Exception {
        mailbox.deliver(RESELLER_MAIL);
        intake("mark").read();
        mailbox.deliver("""
                Message-ID: <second@example.jp>
                From: someone@example.jp

                A second mail.
                """);

        assertThat(intake("mark").read()).isEqualTo(1);
        assertThat(contacts.recent(10)).hasSize(2);
    }

    @Test
    void givenASecondNodeWithItsOwnMark_whenItReadsTheSameMailbox_thenEachMessageIsStillOneContact() throws Exception {
        mailbox.deliver(RESELLER_MAIL);
        mailbox.deliver("""
                From: no-id@example.jp
                Subject: a mail without a Message-ID
                Date: Mon, 30 Nov 2026 10:05:00 +0900

                Its id is a hash of its headers.
                """);
        List<LoggedContact> announced = new java.util.concurrent.CopyOnWriteArrayList<>();
        contacts.subscribe(announced::add);

        intake("node-a").read();
        assertThat(intake("node-b").read()).isEqualTo(2);

        assertThat(contacts.recent(10)).hasSize(2);
        assertThat(announced).hasSize(2);
        assertThat(contacts.recent(10))
                .extracting(c -> c.key().contactId())
                .anySatisfy(id -> assertThat(id).matches("headers-sha256:[0-9a-f]{64}"));
    }

    @Test
    void givenTheCoreFailsOnAMessage_whenReadAgain_thenTheMessageIsLoggedThen() throws Exception {
        mailbox.deliver(RESELLER_MAIL);
        AtomicBoolean down = new AtomicBoolean(true);
        IncomingContactUseCase failingOnce = contact -> {
            if (down.getAndSet(false)) {
                throw new IllegalStateException("the database cannot be reached");
            }
            return service.receive(contact);
        };
        MailIntake intake = new MailIntake(mailbox.settings(data.resolve("mark")), failingOnce, mark("mark"));

        assertThatThrownBy(intake::read).hasMessageContaining("database");
        assertThat(contacts.recent(10)).isEmpty();

        assertThat(intake.read()).isEqualTo(1);
        assertThat(only("<order-1@next-hikari.jp>").verdict()).isEqualTo(Verdict.REFUSE);
    }

    @Test
    void givenMailAsAnyoneWritesIt_whenRead_thenEachMessageIsLoggedAndNoneStopsTheOthers() throws Exception {
        mailbox.deliver("""
                Message-ID: <no-from@example.jp>
                Subject: nobody

                Who sent this?
                """);
        mailbox.deliver("""
                Message-ID: <bad-from@example.jp>
                From: =?UTF-8?B?YnJva2VuAHNlbmRlcg==?= <not an address@@
                Subject: broken

                TEL 03-5321-7788
                """);
        mailbox.deliver("""
                Message-ID: <carrier@docomo.ne.jp>
                From: =?ISO-2022-JP?B?GyRCQkRPOhsoQg==?= <taro..yamada.@docomo.ne.jp>

                A carrier's address breaks the strict rules and is still an address.
                """);
        mailbox.deliver("""
                Message-ID: <klingon@example.jp>
                From: klingon@example.jp
                Content-Type: text/plain; charset=x-klingon-7

                Qapla' 03-5321-7788
                """);
        mailbox.deliver("""
                Message-ID: <html@example.jp>
                From: web@example.jp
                MIME-Version: 1.0
                Content-Type: text/html; charset=UTF-8

                <html><body><p>ご依頼です。</p><div>株式会社ネクスト<br>TEL:03-5321-7788<br>FAX:03-5321-7789</div>\
                <script>var tel = "06-6000-0000";</script></body></html>
                """);
        mailbox.deliver("""
                Message-ID: <huge@example.jp>
                From: huge@example.jp
                Content-Type: text/plain; charset=UTF-8

                %s
                """.formatted("長い本文です。".repeat(300_000)));
        mailbox.deliver("""
                Message-ID: <after@example.jp>
                From: after@example.jp

                Still read after all of the above.
                """);

        assertThat(intake("mark").read()).isEqualTo(7);

        LoggedContact noFrom = only("<no-from@example.jp>");
        assertThat(noFrom.from()).isNull();
        assertThat(noFrom.withheld()).isTrue();
        assertThat(noFrom.verdict()).isNull();
        LoggedContact badFrom = only("<bad-from@example.jp>");
        assertThat(badFrom.from()).contains("broken").doesNotContain("\u0000");
        assertThat(badFrom.verdict()).isEqualTo(Verdict.REFUSE);
        assertThat(only("<carrier@docomo.ne.jp>").from()).isEqualTo("taro..yamada.@docomo.ne.jp");
        assertThat(only("<klingon@example.jp>").number()).isNotNull();
        LoggedContact html = only("<html@example.jp>");
        assertThat(html.number().sameLine(MailScreening.RESELLER_PHONE)).isTrue();
        assertThat(only("<huge@example.jp>").number()).isNull();
        assertThat(only("<after@example.jp>").from()).isEqualTo("after@example.jp");
    }

    private MailIntake intake(String markFile) {
        return new MailIntake(mailbox.settings(data.resolve(markFile)), service, mark(markFile));
    }

    private UidMark mark(String markFile) {
        return new UidMark(data.resolve(markFile));
    }

    private LoggedContact only(String messageId) {
        return contacts.find(new ContactKey(Channel.EMAIL, messageId)).orElseThrow();
    }

    /** Japanese text as a 7-bit ISO-2022-JP body, as Japanese mail programs have long sent it. */
    private static String iso2022jp(String text) {
        return new String(text.getBytes(Charset.forName("ISO-2022-JP")), Charset.forName("US-ASCII"));
    }
}
