package org.trustledger.adapters.mail;

import jakarta.mail.FetchProfile;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.Properties;
import org.trustledger.application.port.in.IncomingContactUseCase;

/**
 * One read of the mailbox: every message past the mark is handed to the core's flow of incoming contacts, in the
 * order the server numbered them, and the mark moves past a message only once its contact is logged. The folder is
 * opened read-only, so the intake changes nothing a person sees in the mailbox.
 */
final class MailIntake {
    /** How long a connection, a read or a write may take before the mailbox counts as unreachable, in milliseconds. */
    private static final String TIMEOUT_MILLIS = "20000";

    private final MailProperties settings;
    private final IncomingContactUseCase incoming;
    private final UidMark mark;
    private final Session session;

    MailIntake(MailProperties settings, IncomingContactUseCase incoming, UidMark mark) {
        this.settings = settings;
        this.incoming = incoming;
        this.mark = mark;
        Properties properties = new Properties();
        String prefix = "mail." + settings.protocol() + ".";
        properties.setProperty(prefix + "connectiontimeout", TIMEOUT_MILLIS);
        properties.setProperty(prefix + "timeout", TIMEOUT_MILLIS);
        properties.setProperty(prefix + "writetimeout", TIMEOUT_MILLIS);
        // Over TLS the server must be the host named in the settings, not any holder of a trusted certificate.
        properties.setProperty(prefix + "ssl.checkserveridentity", "true");
        this.session = Session.getInstance(properties);
    }

    /** Reads what is new; how many messages were handed on. */
    int read() throws MessagingException, IOException {
        try (Store store = session.getStore(settings.protocol())) {
            store.connect(settings.host(), settings.port(), settings.user(), settings.password());
            Folder folder = store.getFolder(settings.folder());
            folder.open(Folder.READ_ONLY);
            try {
                return read(folder, (UIDFolder) folder);
            } finally {
                folder.close(false);
            }
        }
    }

    private int read(Folder folder, UIDFolder numbered) throws MessagingException, IOException {
        long uidValidity = numbered.getUIDValidity();
        long next = mark.next(settings.mailbox(), uidValidity);
        Message[] messages = numbered.getMessagesByUID(next, UIDFolder.LASTUID);
        FetchProfile uids = new FetchProfile();
        uids.add(UIDFolder.FetchProfileItem.UID);
        folder.fetch(messages, uids);
        int handed = 0;
        for (Message message : messages) {
            long uid = numbered.getUID(message);
            // IMAP's "next:*" always names the newest message, even one below next: it was handled already.
            if (uid < next) {
                continue;
            }
            incoming.receive(MailReader.read((MimeMessage) message, settings.maxBodyChars()));
            mark.handled(settings.mailbox(), uidValidity, uid);
            handed++;
        }
        return handed;
    }
}
