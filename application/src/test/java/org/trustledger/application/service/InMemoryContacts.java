package org.trustledger.application.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.trustledger.application.port.in.ContactKey;
import org.trustledger.application.port.in.LoggedContact;
import org.trustledger.application.port.in.PurgedContacts;
import org.trustledger.application.port.out.ContactAnnouncer;
import org.trustledger.application.port.out.ContactLog;
import org.trustledger.domain.party.PartyId;

/** The contact log and announcer in memory, for adapters' tests: what the persistence adapter brings in the product. */
public final class InMemoryContacts implements ContactLog, ContactAnnouncer {
    private final LinkedHashMap<ContactKey, LoggedContact> contacts = new LinkedHashMap<>();
    private final List<Consumer<LoggedContact>> listeners = new CopyOnWriteArrayList<>();

    @Override
    public synchronized boolean add(LoggedContact contact) {
        return contacts.putIfAbsent(contact.key(), contact) == null;
    }

    @Override
    public synchronized List<LoggedContact> recent(int limit) {
        List<LoggedContact> newest = new ArrayList<>(contacts.sequencedValues().reversed());
        return List.copyOf(newest.subList(0, Math.min(limit, newest.size())));
    }

    @Override
    public synchronized Optional<LoggedContact> find(ContactKey key) {
        return Optional.ofNullable(contacts.get(key));
    }

    @Override
    public synchronized Optional<LoggedContact> taken(ContactKey key, String takenBy, PartyId recordedOn) {
        return Optional.ofNullable(contacts.computeIfPresent(key, (k, c) -> c.takenBy(takenBy, recordedOn)));
    }

    @Override
    public synchronized PurgedContacts purgeLoggedBefore(Instant before) {
        List<LoggedContact> purged = contacts.values().stream()
                .filter(c -> c.loggedAt().isBefore(before))
                .toList();
        purged.forEach(c -> contacts.remove(c.key()));
        int notRecorded =
                (int) purged.stream().filter(c -> c.recordedOn() == null).count();
        return new PurgedContacts(notRecorded, purged.size() - notRecorded);
    }

    @Override
    public synchronized int forget(PartyId party, Set<String> phones, Set<String> senders) {
        int size = contacts.size();
        contacts.values()
                .removeIf(c -> (party != null && (party.equals(c.partyId()) || party.equals(c.recordedOn())))
                        || (c.number() != null && phones.contains(c.number().e164()))
                        || (c.from() != null && senders.contains(c.from())));
        return size - contacts.size();
    }

    @Override
    public void announce(LoggedContact contact) {
        listeners.forEach(listener -> listener.accept(contact));
    }

    @Override
    public Subscription subscribe(Consumer<LoggedContact> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }
}
