package org.trustledger.application.port.out;

import java.util.function.Consumer;
import org.trustledger.application.port.in.LoggedContact;

/**
 * Tells every node that a contact was logged, whichever node logged it, so staff connected to any node see it: one
 * process hears its own announcements, several nodes on one database hear each other's through it.
 */
public interface ContactAnnouncer {

    /** Announces a contact that was just logged; called after the log holds it. */
    void announce(LoggedContact contact);

    /** Hears every announced contact, this node's and the others', until the returned handle is closed. */
    Subscription subscribe(Consumer<LoggedContact> listener);

    /** A listener's registration; closing it stops the announcements to it. */
    interface Subscription extends AutoCloseable {
        @Override
        void close();
    }
}
