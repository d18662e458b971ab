package org.trustledger.application.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.trustledger.application.axon.EventIntegrity;
import org.trustledger.application.port.in.IntegrityCheck;
import org.trustledger.domain.UnknownPartyException;
import org.trustledger.domain.party.PartyId;

/**
 * Recomputes each stored event's seal from what is stored now, and names the first event that no longer matches.
 *
 * <p>It reads the rows through a storage engine without upcasters and never deserialises them: the seal is over the
 * content as it was stored, so an event whose shape has changed since — read today through an upcaster — is checked
 * against exactly the bytes it was sealed with. Snapshots are not read either: every event of a chain is checked.
 */
public final class IntegrityService implements IntegrityCheck {
    private final EventStorageEngine storedAsWritten;
    private final EventIntegrity integrity;

    /**
     * @param storedAsWritten the event store's storage engine, with the same serializer as {@code integrity} and no
     *     upcasters
     * @param integrity how a seal is computed
     */
    public IntegrityService(EventStorageEngine storedAsWritten, EventIntegrity integrity) {
        this.storedAsWritten = storedAsWritten;
        this.integrity = integrity;
    }

    @Override
    public PartyIntegrity party(PartyId partyId) {
        DomainEventStream stream = storedAsWritten.readEvents(partyId.toString());
        if (!stream.hasNext()) {
            throw new UnknownPartyException(partyId.value());
        }
        Chain chain = new Chain();
        while (stream.hasNext()) {
            chain.accept(stream.next());
        }
        return new PartyIntegrity(chain.broken == null, chain.events, chain.sealed, chain.broken);
    }

    @Override
    public LedgerIntegrity ledger() {
        Map<String, Chain> chains = new HashMap<>();
        long events = 0;
        // The engine fetches the ledger a batch at a time, so a large store is checked in constant memory.
        try (Stream<? extends TrackedEventMessage<?>> stream = storedAsWritten.readEvents(null, false)) {
            var messages = stream.iterator();
            while (messages.hasNext()) {
                if (messages.next() instanceof DomainEventMessage<?> message) {
                    chains.computeIfAbsent(message.getAggregateIdentifier(), id -> new Chain())
                            .accept(message);
                    events++;
                }
            }
        }
        List<PartyBreak> broken = new ArrayList<>();
        chains.forEach((party, chain) -> {
            if (chain.broken != null) {
                broken.add(new PartyBreak(PartyId.of(party), chain.broken));
            }
        });
        broken.sort((a, b) -> a.partyId().toString().compareTo(b.partyId().toString()));
        return new LedgerIntegrity(broken.isEmpty(), events, chains.size(), List.copyOf(broken));
    }

    /** One party's chain as its events come by, oldest first. */
    private final class Chain {
        private String head;
        private long events;
        private long sealed;
        private Long broken;

        void accept(DomainEventMessage<?> event) {
            events++;
            if (broken != null) {
                return;
            }
            long sequence = event.getSequenceNumber() + 1;
            Object seal = event.getMetaData().get(EventIntegrity.HASH);
            if (seal == null) {
                // Before the chain starts, an event has no seal; after it, a missing seal is a changed row.
                if (head != null) {
                    broken = sequence;
                }
                return;
            }
            sealed++;
            String expected;
            try {
                expected = integrity.seal(event, head == null ? "" : head);
            } catch (RuntimeException unreadable) {
                // A row edited so that it no longer reads is as broken as one that reads differently.
                broken = sequence;
                return;
            }
            if (expected.equals(seal.toString())) {
                head = expected;
            } else {
                broken = sequence;
            }
        }
    }
}
