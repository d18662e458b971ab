package org.trustledger.adapters.persistence.contact;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.trustledger.application.port.in.LoggedContact;
import org.trustledger.application.port.out.ContactAnnouncer;

/**
 * Announces contacts within this process: enough for the embedded database, which one process alone can open, and
 * how the database-backed announcer hands on what it hears.
 */
final class LocalContactAnnouncer implements ContactAnnouncer {
    private static final Logger LOG = LoggerFactory.getLogger(LocalContactAnnouncer.class);

    private final List<Consumer<LoggedContact>> listeners = new CopyOnWriteArrayList<>();

    @Override
    public void announce(LoggedContact contact) {
        for (Consumer<LoggedContact> listener : listeners) {
            try {
                listener.accept(contact);
            } catch (RuntimeException e) {
                // One listener failing must not keep the others from hearing the contact.
                LOG.warn("A contact listener failed on {}", contact.key(), e);
            }
        }
    }

    @Override
    public Subscription subscribe(Consumer<LoggedContact> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }
}
