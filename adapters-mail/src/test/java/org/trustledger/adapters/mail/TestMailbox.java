package org.trustledger.adapters.mail;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;

/** The shop's mailbox on a real IMAP server (GreenMail) in this process, and settings that read it. */
final class TestMailbox implements AutoCloseable {
    static final String ADDRESS = "intake@shop.example";
    static final String USER = "intake";
    static final String PASSWORD = "s3cret-Passw0rd";

    final int port;
    private GreenMail server;
    private GreenMailUser user;

    /** A mailbox on a port of its own; the server is not started yet. */
    TestMailbox() throws IOException {
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
    }

    TestMailbox start() {
        server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_IMAP));
        server.start();
        user = server.setUser(ADDRESS, USER, PASSWORD);
        return this;
    }

    /** Puts a message into the inbox exactly as written (headers, blank line, body), encoded in {@code charset}. */
    void deliver(String message, Charset charset) throws MessagingException {
        user.deliver(new MimeMessage(
                Session.getInstance(new Properties()),
                new ByteArrayInputStream(message.replace("\n", "\r\n").getBytes(charset))));
    }

    void deliver(String message) throws MessagingException {
        deliver(message, Charset.forName("UTF-8"));
    }

    MailProperties settings(Path markFile) {
        return settings(markFile, PASSWORD);
    }

    MailProperties settings(Path markFile, String password) {
        return new MailProperties(
                true,
                "127.0.0.1",
                port,
                "imap",
                USER,
                password,
                null,
                Duration.ofMillis(200),
                Duration.ofMillis(100),
                Duration.ofMillis(400),
                markFile,
                null);
    }

    @Override
    public void close() {
        if (server != null) {
            server.stop();
        }
    }
}
