package org.trustledger.adapters.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.trustledger.adapters.common.ReasonTexts;
import org.trustledger.adapters.common.contact.ContactPresenter;
import org.trustledger.adapters.common.contact.ContactPresenter.ContactView;
import org.trustledger.application.port.in.ContactLogUseCase.ScreenedContact;
import org.trustledger.application.service.ContactService;
import org.trustledger.application.service.InMemoryContacts;

/** What staff see pop up for a mail, through the presenter every channel shares, in Japanese and in English. */
class MailPopupTest {
    @TempDir
    Path data;

    private final InMemoryContacts contacts = new InMemoryContacts();
    private final ContactService service =
            new ContactService(new MailScreening(), contacts, contacts, Duration.ofDays(30), Clock.systemUTC());
    private final List<ScreenedContact> popped = new CopyOnWriteArrayList<>();
    private ContactPresenter presenter;
    private TestMailbox mailbox;

    @BeforeEach
    void start() throws Exception {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        presenter = new ContactPresenter(messages, new ReasonTexts(messages));
        mailbox = new TestMailbox().start();
        service.follow(popped::add);
    }

    @AfterEach
    void stop() {
        mailbox.close();
    }

    @Test
    void givenAMailFromATerminatedResellersAddress_thenThePopUpSaysRefuseAndLinksTheParty() throws Exception {
        mailbox.deliver("""
                Message-ID: <refuse@next-hikari.jp>
                From: sales@next-hikari.jp

                Please visit our customer.
                """);

        ContactView ja = readOne(Locale.JAPANESE);
        ContactView en = presenter.present(popped.getFirst(), Locale.ENGLISH);

        assertThat(ja.channel()).isEqualTo("EMAIL");
        assertThat(ja.from()).isEqualTo("sales@next-hikari.jp");
        assertThat(ja.verdict()).isEqualTo("REFUSE");
        assertThat(ja.verdictText()).isEqualTo("お断り");
        assertThat(ja.reasons()).singleElement().asString().contains("ネクスト光サポート", "取引停止先");
        assertThat(ja.party().id()).isEqualTo(MailScreening.RESELLER.value());
        assertThat(ja.party().evidence())
                .singleElement()
                .satisfies(e -> assertThat(e.kind() + " " + e.detail()).contains("メールアドレス", "sales@next-hikari.jp"));
        assertThat(en.verdictText()).isEqualTo("Refuse");
        assertThat(en.reasons()).singleElement().asString().contains("terminated");
        // A mail is known by its address: having no number is no fault to show, as it is for a call.
        assertThat(ja.unreadable()).isFalse();
        assertThat(ja.withheld()).isFalse();
    }

    @Test
    void givenAnotherAddressAtTheResellersDomain_thenThePopUpSaysCautionAndNamesTheLink() throws Exception {
        mailbox.deliver("""
                Message-ID: <link@next-hikari.jp>
                From: Tanaka <tanaka@next-hikari.jp>

                Hello.
                """);

        ContactView ja = readOne(Locale.JAPANESE);

        assertThat(ja.verdict()).isEqualTo("CAUTION");
        assertThat(ja.reasons()).singleElement().asString().contains("ドメイン", "next-hikari.jp");
        assertThat(ja.party().name()).isEqualTo(MailScreening.RESELLER_NAME);
        assertThat(ja.party().evidence())
                .singleElement()
                .satisfies(e -> assertThat(e.kind()).isEqualTo("ウェブのドメイン"));
    }

    private ContactView readOne(Locale locale) throws Exception {
        new MailIntake(mailbox.settings(data.resolve("mark")), service, new UidMark(data.resolve("mark"))).read();
        assertThat(popped).hasSize(1);
        return presenter.present(popped.getFirst(), locale);
    }
}
