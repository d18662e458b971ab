package org.trustledger.adapters.mail;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The e-mail intake's settings; off unless enabled, so the product runs without a mailbox.
 *
 * @param protocol {@code imaps} (IMAP over TLS, the default) or {@code imap}
 * @param port the server's port; 993 for imaps and 143 for imap when not given
 * @param folder the folder read, {@code INBOX} when not given
 * @param pollInterval how long to wait between two reads of a reachable mailbox
 * @param retryInitial the first wait after the mailbox could not be read; each failure in a row doubles it
 * @param retryMax the longest wait between two attempts, however long the mailbox stays unreachable
 * @param markFile where the highest message read is kept, so that a restart reads only what is new
 * @param maxBodyChars how much of a message's text is read to find its signature; the rest is not read
 */
@ConfigurationProperties("trustledger.mail")
public record MailProperties(
        boolean enabled,
        String host,
        Integer port,
        String protocol,
        String user,
        String password,
        String folder,
        Duration pollInterval,
        Duration retryInitial,
        Duration retryMax,
        Path markFile,
        Integer maxBodyChars) {

    public MailProperties {
        protocol = protocol == null || protocol.isBlank()
                ? "imaps"
                : protocol.strip().toLowerCase(Locale.ROOT);
        port = port != null ? port : protocol.equals("imap") ? 143 : 993;
        folder = folder == null || folder.isBlank() ? "INBOX" : folder;
        pollInterval = pollInterval != null ? pollInterval : Duration.ofMinutes(1);
        retryInitial = retryInitial != null ? retryInitial : Duration.ofSeconds(2);
        retryMax = retryMax != null ? retryMax : Duration.ofMinutes(5);
        markFile = markFile != null ? markFile : Path.of("data", "mail-mark.properties");
        maxBodyChars = maxBodyChars != null ? maxBodyChars : 100_000;
    }

    /** Refuses settings the intake cannot run with, naming the setting to fix; called only when it is enabled. */
    void requireUsable() {
        if (!protocol.equals("imaps") && !protocol.equals("imap")) {
            throw new IllegalStateException("trustledger.mail.protocol must be imaps or imap, not " + protocol);
        }
        if (host == null || host.isBlank() || user == null || user.isBlank()) {
            throw new IllegalStateException(
                    "trustledger.mail.host and trustledger.mail.user are needed when trustledger.mail.enabled is true");
        }
        if (pollInterval.isNegative() || pollInterval.isZero() || retryInitial.isNegative() || retryInitial.isZero()) {
            throw new IllegalStateException(
                    "trustledger.mail.poll-interval and trustledger.mail.retry-initial must be longer than zero");
        }
    }

    /** The mailbox as shown on readiness and in the log: who reads which folder where, never the password. */
    String mailbox() {
        return protocol + "://" + user + "@" + host + ":" + port + "/" + folder;
    }

    /** The password stays out of every log line and report that prints these settings. */
    @Override
    public String toString() {
        return "MailProperties[enabled=" + enabled + ", mailbox=" + mailbox() + ", password="
                + (password == null || password.isEmpty() ? "(none)" : "(set)") + ", pollInterval=" + pollInterval
                + "]";
    }
}
