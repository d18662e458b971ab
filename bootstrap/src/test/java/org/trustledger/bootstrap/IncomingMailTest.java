package org.trustledger.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The product with its e-mail intake on: a mail in the shop's mailbox (a real IMAP server) becomes a contact in the
 * database's contact log, screened on the demo ledger, and the node is ready while the mailbox can be read.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IncomingMailTest {
    private static final GreenMail MAILBOX = new GreenMail(ServerSetupTest.IMAP.dynamicPort());

    @TempDir
    static Path dataDir;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        MAILBOX.start();
        MAILBOX.setUser("uketsuke@shop.example", "uketsuke", "mail-pw");
        registry.add("trustledger.data-dir", () -> dataDir.toString());
        registry.add("trustledger.demo-data", () -> "true");
        registry.add("trustledger.admin.username", () -> "staff");
        registry.add("trustledger.admin.password", () -> "pw");
        registry.add("trustledger.mail.enabled", () -> "true");
        registry.add("trustledger.mail.protocol", () -> "imap");
        registry.add("trustledger.mail.host", () -> "127.0.0.1");
        registry.add("trustledger.mail.port", () -> MAILBOX.getImap().getPort());
        registry.add("trustledger.mail.user", () -> "uketsuke");
        registry.add("trustledger.mail.password", () -> "mail-pw");
        registry.add("trustledger.mail.poll-interval", () -> "200ms");
    }

    @AfterAll
    static void stopTheMailbox() {
        MAILBOX.stop();
    }

    @Test
    void givenAMailSignedWithTheTerminatedResellersNumber_thenTheContactLogShowsItRefused() throws Exception {
        MAILBOX.getUserManager()
                .getUser("uketsuke")
                .deliver(new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream("""
                                Message-ID: <visit-1@nextline.example>\r
                                From: Sato <sato@nextline.example>\r
                                To: uketsuke@shop.example\r
                                Content-Type: text/plain; charset=UTF-8\r
                                \r
                                お客様宅への訪問をお願いします。\r
                                -- \r
                                株式会社ネクストライン 佐藤\r
                                TEL 03-5321-7788\r
                                """.getBytes(
                                StandardCharsets.UTF_8))));
        Api api = new Api(port, "staff", "pw");

        await().atMost(Duration.ofMinutes(2)).until(() -> mailContact(api) != null);

        JsonNode contact = mailContact(api);
        assertThat(contact.path("from").asString()).isEqualTo("sato@nextline.example");
        assertThat(contact.path("to").asString()).isEqualTo("uketsuke@shop.example");
        assertThat(contact.path("verdict").asString()).isEqualTo("REFUSE");
        assertThat(contact.path("partyName").asString()).isEqualTo("株式会社ネクストライン");
        assertThat(api.get("/actuator/health/readiness")
                        .body()
                        .at("/components/mail/status")
                        .asString())
                .isEqualTo("UP");
    }

    private static JsonNode mailContact(Api api) {
        return api.get("/api/v1/calls")
                .body()
                .valueStream()
                .filter(contact -> contact.path("channel").asString().equals("EMAIL"))
                .findFirst()
                .orElse(null);
    }
}
