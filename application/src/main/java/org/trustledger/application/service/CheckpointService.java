package org.trustledger.application.service;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.trustledger.application.axon.EventIntegrity;
import org.trustledger.application.port.in.IntegrityCheck.Checkpoint;
import org.trustledger.application.port.in.LedgerCheckpointing;
import org.trustledger.application.port.out.LedgerCheckpoints;
import org.trustledger.application.port.out.LedgerCheckpoints.Head;
import org.trustledger.application.port.out.LedgerCheckpoints.Stored;
import org.trustledger.domain.party.PartyId;

/**
 * Writes checkpoints: reads the events stored since the latest one, from where it left off (the skipped global
 * indexes included, since a write may commit after a later one), and records the last seal of each party they touch.
 */
public final class CheckpointService implements LedgerCheckpointing {
    private final EventStorageEngine storedAsWritten;
    private final LedgerCheckpoints checkpoints;
    private final Clock clock;

    /**
     * @param storedAsWritten the event store's storage engine without upcasters: only metadata is read
     * @param checkpoints where the chain is kept
     */
    public CheckpointService(EventStorageEngine storedAsWritten, LedgerCheckpoints checkpoints, Clock clock) {
        this.storedAsWritten = storedAsWritten;
        this.checkpoints = checkpoints;
        this.clock = clock;
    }

    @Override
    public Optional<Checkpoint> latest() {
        return checkpoints.latest().map(Stored::checkpoint);
    }

    @Override
    public Optional<Checkpoint> checkpoint(boolean force) {
        Optional<Stored> previous = checkpoints.latest();
        TrackingToken from = previous.map(p -> (TrackingToken)
                        GapAwareTrackingToken.newInstance(p.checkpoint().globalIndex(), p.gaps()))
                .orElse(null);
        Map<String, Head> heads = new HashMap<>();
        TrackingToken reached = from;
        try (Stream<? extends TrackedEventMessage<?>> stream = storedAsWritten.readEvents(from, false)) {
            var messages = stream.iterator();
            while (messages.hasNext()) {
                TrackedEventMessage<?> next = messages.next();
                reached = next.trackingToken();
                if (next instanceof DomainEventMessage<?> event) {
                    Object seal = event.getMetaData().get(EventIntegrity.HASH);
                    long sequence = event.getSequenceNumber() + 1;
                    // A party's later events always commit after its earlier ones, but keep the highest all the same.
                    heads.merge(
                            event.getAggregateIdentifier(),
                            new Head(
                                    0,
                                    PartyId.of(event.getAggregateIdentifier()),
                                    sequence,
                                    seal == null ? null : seal.toString()),
                            (a, b) -> a.sequence() >= b.sequence() ? a : b);
                }
            }
        }
        if (previous.isPresent() && heads.isEmpty() && !force) {
            return Optional.of(previous.get().checkpoint());
        }
        long number = previous.map(p -> p.checkpoint().number() + 1).orElse(1L);
        long globalIndex = reached == null ? -1 : reached.position().orElse(-1);
        SortedSet<Long> gaps = reached instanceof GapAwareTrackingToken gapAware
                ? new TreeSet<>(gapAware.getGaps())
                : new TreeSet<>(previous.map(Stored::gaps).orElse(new TreeSet<>()));
        List<Head> numbered = new ArrayList<>();
        heads.values().forEach(h -> numbered.add(new Head(number, h.partyId(), h.sequence(), h.seal())));
        // To the millisecond, as every store keeps it.
        Instant at = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        String previousHash = previous.map(p -> p.checkpoint().hash()).orElse("");
        Checkpoint checkpoint = new Checkpoint(
                number,
                at,
                globalIndex,
                numbered.size(),
                previousHash,
                CheckpointHashes.hash(number, at, globalIndex, previousHash, numbered));
        return checkpoints.append(checkpoint, gaps, numbered) ? Optional.of(checkpoint) : Optional.empty();
    }
}
