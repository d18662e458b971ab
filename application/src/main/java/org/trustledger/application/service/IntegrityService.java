package org.trustledger.application.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.trustledger.application.axon.EventIntegrity;
import org.trustledger.application.port.in.IntegrityCheck;
import org.trustledger.domain.UnknownPartyException;
import org.trustledger.domain.party.PartyId;

/** Recomputes each stored event's seal from what is stored now, and names the first event that no longer matches. */
public final class IntegrityService implements IntegrityCheck {
    private final EventStore eventStore;
    private final EventIntegrity integrity;

    public IntegrityService(EventStore eventStore, EventIntegrity integrity) {
        this.eventStore = eventStore;
        this.integrity = integrity;
    }

    @Override
    public PartyIntegrity party(PartyId partyId) {
        DomainEventStream stream = eventStore.readEvents(partyId.toString());
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
        try (BlockingStream<TrackedEventMessage<?>> stream = eventStore.openStream(null)) {
            while (stream.hasNextAvailable()) {
                if (stream.nextAvailable() instanceof DomainEventMessage<?> message) {
                    chains.computeIfAbsent(message.getAggregateIdentifier(), id -> new Chain())
                            .accept(message);
                    events++;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the integrity check was interrupted", e);
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
