package org.trustledger.adapters.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MailDateFormat;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Collections;
import java.util.Date;
import java.util.HexFormat;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.TextNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.trustledger.application.port.in.ContactKey;
import org.trustledger.application.port.in.IncomingContactUseCase.IncomingContact;
import org.trustledger.domain.identity.PhoneNumber;
import org.trustledger.domain.party.Channel;

/**
 * Reads a message as a contact: its id, its sender's address, when it arrived, and the phone number in its signature.
 * Mail is written by anyone: a part that cannot be read (no sender, a malformed address, an unknown charset, a body
 * too large) leaves that part out, never the message.
 */
final class MailReader {
    private static final Logger LOG = LoggerFactory.getLogger(MailReader.class);

    /** The contact log keeps ids and senders up to these lengths; a longer one is hashed or cut. */
    private static final int MAX_ID = 200;
    /**
     * What a web address cannot carry in one path segment, even encoded (a servlet container refuses an encoded slash,
     * backslash, percent or semicolon): staff name a mail by its id to record it as a request.
     */
    private static final Pattern PATH_UNSAFE = Pattern.compile("[/\\\\%;]");

    private static final int MAX_ADDRESS = 320;

    private static final Pattern READABLE_ADDRESS = Pattern.compile("[^\\s<>\"]+@[^\\s<>\"@]+");

    /** A part nested deeper than this is no text a person wrote. */
    private static final int MAX_DEPTH = 8;

    private MailReader() {}

    static IncomingContact read(MimeMessage message, int maxBodyChars) throws MessagingException {
        String sender = sender(message);
        return new IncomingContact(
                new ContactKey(Channel.EMAIL, contactId(message)),
                sender,
                recipient(message),
                arrival(message),
                signatureNumber(message, maxBodyChars),
                sender == null);
    }

    /**
     * The message's {@code Message-ID}, which every copy of it carries, whoever reads it and however often; one longer
     * than the log keeps, or one a web address cannot carry, is hashed. A message without one is known by a hash of its
     * header block as the server stores it, which no re-read or restart changes: the same message delivered twice (with
     * other Received lines) is then two contacts, which is what staff would see in the mailbox too.
     */
    static String contactId(MimeMessage message) throws MessagingException {
        String id = message.getHeader("Message-ID", null);
        // A Message-ID holds no white space; a folded header line brings some.
        String unfolded = id == null ? "" : id.replaceAll("[\\s\\p{Cntrl}]+", "");
        if (!unfolded.isEmpty()) {
            return unfolded.length() <= MAX_ID && !PATH_UNSAFE.matcher(unfolded).find()
                    ? unfolded
                    : "sha256:" + sha256(unfolded);
        }
        return "headers-sha256:" + sha256(String.join("\r\n", Collections.list(message.getAllHeaderLines())));
    }

    /**
     * The sender's address alone, which screening reads; the header as written when no address can be read in it.
     * Read from the header itself, not from the server's envelope of it, which a server may fail to build for a
     * malformed address.
     */
    private static String sender(MimeMessage message) throws MessagingException {
        String written = message.getHeader("From", ",");
        if (written == null || written.isBlank()) {
            return null;
        }
        String address = address(written);
        return cut(address != null ? address : decoded(written));
    }

    private static String recipient(MimeMessage message) throws MessagingException {
        String written = message.getHeader("To", ",");
        return written == null ? null : address(written);
    }

    /**
     * The first address of an address header; null when it holds none that can be read. Parsed leniently, since
     * Japanese carriers' addresses (two dots in a row, a dot before the @) break the strict rules, but never an
     * "address" with spaces or brackets, which lenient parsing makes of a header it cannot read.
     */
    private static String address(String header) {
        try {
            InternetAddress[] addresses = InternetAddress.parseHeader(MimeUtility.unfold(header), false);
            String address = addresses.length > 0 ? addresses[0].getAddress() : null;
            return address != null && READABLE_ADDRESS.matcher(address).matches() ? cut(address) : null;
        } catch (AddressException | RuntimeException malformed) {
            return null;
        }
    }

    /** When the server received it; the sender's own Date line only when the server cannot say. */
    private static Instant arrival(MimeMessage message) throws MessagingException {
        try {
            Date received = message.getReceivedDate();
            if (received != null) {
                return received.toInstant();
            }
        } catch (MessagingException noEnvelope) {
            LOG.debug("no arrival time from the server for a message; its Date line is read instead", noEnvelope);
        }
        String written = message.getHeader("Date", null);
        try {
            Date sent = written == null ? null : new MailDateFormat().parse(written);
            return sent == null ? null : sent.toInstant();
        } catch (java.text.ParseException | RuntimeException unreadable) {
            return null;
        }
    }

    private static PhoneNumber signatureNumber(MimeMessage message, int maxBodyChars) {
        try {
            return Signature.number(text(message, maxBodyChars));
        } catch (MessagingException | IOException | RuntimeException unreadable) {
            LOG.debug("unreadable text in a message; it is logged without a signature number", unreadable);
            return null;
        }
    }

    /** The text a person wrote: the plain part when there is one, else the HTML part's text; empty when neither. */
    static String text(Part message, int maxChars) throws MessagingException, IOException {
        Part plain = find(message, "text/plain", 0);
        if (plain != null) {
            return read(plain, maxChars);
        }
        Part html = find(message, "text/html", 0);
        return html == null ? "" : htmlText(read(html, maxChars));
    }

    private static Part find(Part part, String type, int depth) throws MessagingException, IOException {
        if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            return null;
        }
        if (part.isMimeType(type)) {
            return part;
        }
        if (depth < MAX_DEPTH && part.isMimeType("multipart/*") && part.getContent() instanceof Multipart parts) {
            for (int i = 0; i < parts.getCount(); i++) {
                Part found = find(parts.getBodyPart(i), type, depth + 1);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** At most {@code maxChars} of the part, so a huge body costs no more than a small one. */
    private static String read(Part part, int maxChars) throws MessagingException, IOException {
        var decoder = charset(part)
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        try (Reader reader = new InputStreamReader(part.getInputStream(), decoder)) {
            char[] text = new char[maxChars];
            int length = 0;
            int read;
            while (length < maxChars && (read = reader.read(text, length, maxChars - length)) > 0) {
                length += read;
            }
            return new String(text, 0, length);
        }
    }

    /**
     * The charset the part names (ISO-2022-JP, Shift_JIS, EUC-JP and the rest that Java knows); UTF-8 when it names
     * none or one Java does not know, since that is what a Japanese sender who leaves it out most often sends.
     */
    private static Charset charset(Part part) throws MessagingException {
        try {
            String named = new ContentType(part.getContentType()).getParameter("charset");
            return named == null ? StandardCharsets.UTF_8 : Charset.forName(MimeUtility.javaCharset(named));
        } catch (jakarta.mail.internet.ParseException | IllegalArgumentException unknown) {
            return StandardCharsets.UTF_8;
        }
    }

    /** The text of an HTML body, one line per line break or block, as a person would read it. */
    private static String htmlText(String html) {
        Document document = Jsoup.parse(html);
        document.select("script, style").remove();
        document.select("br, p, div, li, tr, h1, h2, h3, h4, h5, h6")
                .forEach(element -> element.after(new TextNode("\n")));
        return document.body().wholeText();
    }

    private static String decoded(String header) {
        try {
            return MimeUtility.decodeText(MimeUtility.unfold(header));
        } catch (IOException | RuntimeException undecodable) {
            return header;
        }
    }

    /** Within the log's length, and without control characters, which PostgreSQL refuses to store (NUL). */
    private static String cut(String text) {
        String stripped = text.replaceAll("\\p{Cntrl}", "").strip();
        return stripped.length() <= MAX_ADDRESS ? stripped : stripped.substring(0, MAX_ADDRESS);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
