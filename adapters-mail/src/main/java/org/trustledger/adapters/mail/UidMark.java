package org.trustledger.adapters.mail;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Properties;

/**
 * The highest IMAP UID of the mailbox whose contact was logged, kept in a file that is replaced whole and forced to
 * the disk, so that after a restart only newer messages are read. A \Seen flag could do the same on the server, but a
 * person reading the mailbox sets and clears it: a message read by staff first would never become a contact.
 *
 * <p>A mark belongs to one mailbox and one UIDVALIDITY: when the server renumbers the folder, or the settings name
 * another mailbox, the folder is read again from its first message, and the contact log's dedupe by Message-ID keeps
 * what was logged before from being logged twice.
 */
final class UidMark {
    private final Path file;

    UidMark(Path file) {
        this.file = file.toAbsolutePath();
    }

    /** The first UID not yet handled in that mailbox as numbered by {@code uidValidity}; 1 when there is no mark. */
    long next(String mailbox, long uidValidity) throws IOException {
        Properties mark = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            mark.load(reader);
        } catch (NoSuchFileException first) {
            return 1;
        }
        boolean same = mailbox.equals(mark.getProperty("mailbox"))
                && Long.toString(uidValidity).equals(mark.getProperty("uidValidity"));
        return same ? Long.parseLong(mark.getProperty("lastUid")) + 1 : 1;
    }

    /** Notes that every message up to {@code uid} was handled; on the disk when this returns. */
    void handled(String mailbox, long uidValidity, long uid) throws IOException {
        Properties mark = new Properties();
        mark.setProperty("mailbox", mailbox);
        mark.setProperty("uidValidity", Long.toString(uidValidity));
        mark.setProperty("lastUid", Long.toString(uid));
        StringWriter text = new StringWriter();
        mark.store(text, "The e-mail intake's last handled message; delete it to read the whole folder again");
        Files.createDirectories(file.getParent());
        Path written = file.resolveSibling(file.getFileName() + ".new");
        try (FileChannel channel = FileChannel.open(
                written, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
            channel.write(ByteBuffer.wrap(text.toString().getBytes(StandardCharsets.UTF_8)));
            channel.force(true);
        }
        // Replaced in one step: a crash leaves the old mark or the new one, never half of one.
        Files.move(written, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
