package org.trustledger.adapters.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** A message's id in the contact log, stable however often and by whichever node it is read. */
class MailReaderTest {

    @Test
    void givenAMessageIdLongerThanTheLogKeeps_thenItsHashIsTheId() throws Exception {
        String id = "<" + "x".repeat(300) + "@example.jp>";

        assertThat(MailReader.contactId(message("Message-ID: " + id + "\r\nFrom: a@example.jp\r\n")))
                .matches("sha256:[0-9a-f]{64}");
    }

    @Test
    void givenAMessageIdAWebAddressCannotCarry_thenItsHashIsTheId_soStaffCanStillNameItToRecordIt() throws Exception {
        for (String id :
                new String[] {"<a/b@example.jp>", "<50%off@example.jp>", "<a;b@example.jp>", "<a\\b@example.jp>"}) {
            String first = MailReader.contactId(message("Message-ID: " + id + "\r\nFrom: a@example.jp\r\n"));

            assertThat(first).as(id).matches("sha256:[0-9a-f]{64}");
            assertThat(MailReader.contactId(message("Message-ID: " + id + "\r\nFrom: b@example.jp\r\n")))
                    .isEqualTo(first);
        }
        assertThat(MailReader.contactId(message("Message-ID: <a.b+c=d@example.jp>\r\nFrom: a@example.jp\r\n")))
                .isEqualTo("<a.b+c=d@example.jp>");
    }

    @Test
    void givenAMessageIdOfOnlyBlanksAndControls_thenTheHeadersAreTheIdAsWithoutOne() throws Exception {
        String blank = "Message-ID: \u0001 \t\r\nFrom: a@example.jp\r\nSubject: one\r\n";
        String other = "Message-ID: \u0001 \t\r\nFrom: a@example.jp\r\nSubject: another\r\n";

        String id = MailReader.contactId(message(blank));

        assertThat(id).matches("headers-sha256:[0-9a-f]{64}");
        assertThat(MailReader.contactId(message(blank))).isEqualTo(id);
        assertThat(MailReader.contactId(message(other))).isNotEqualTo(id);
    }

    @Test
    void givenAFoldedMessageId_thenItIsReadWhole() throws Exception {
        assertThat(MailReader.contactId(message("Message-ID:\r\n <folded@example.jp>\r\nFrom: a@example.jp\r\n")))
                .isEqualTo("<folded@example.jp>");
    }

    private static MimeMessage message(String headers) throws Exception {
        return new MimeMessage(
                Session.getInstance(new Properties()),
                new ByteArrayInputStream((headers + "\r\nbody\r\n").getBytes(StandardCharsets.UTF_8)));
    }
}
