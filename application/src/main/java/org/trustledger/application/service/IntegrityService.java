package org.trustledger.application.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.trustledger.application.axon.EventIntegrity;
import org.trustledger.application.port.in.IntegrityCheck;
import org.trustledger.application.port.out.LedgerCheckpoints;
import org.trustledger.application.port.out.LedgerCheckpoints.Head;
import org.trustledger.domain.UnknownPartyException;
import org.trustledger.domain.party.PartyId;

/**
 * Recomputes each stored event's seal from what is stored now, names the first event that no longer matches, and
 * holds each party's events against the latest checkpoint, so that removed last events show as well as edited ones.
 *
 * <p>It reads the rows through a storage engine without upcasters and never deserialises them: the seal is over the
 * content as it was stored, so an event whose shape has changed since — read today through an upcaster — is checked
 * against exactly the bytes it was sealed with. Snapshots are not read either: every event of a chain is checked.
 */
public final class IntegrityService implements IntegrityCheck {
    private final EventStorageEngine storedAsWritten;
    private final EventIntegrity integrity;
    private final LedgerCheckpoints checkpoints;

    /**
     * @param storedAsWritten the event store's storage engine, with the same serializer as {@code integrity} and no
     *     upcasters
     * @param integrity how a seal is computed
     * @param checkpoints the chain of checkpoints to hold the events against
     */
    public IntegrityService(
            EventStorageEngine storedAsWritten, EventIntegrity integrity, LedgerCheckpoints checkpoints) {
        this.storedAsWritten = storedAsWritten;
        this.integrity = integrity;
        this.checkpoints = checkpoints;
    }

    @Override
    public PartyIntegrity party(PartyId partyId) {
        Head head = checkpoints.head(partyId).orElse(null);
        Chain chain = readChain(partyId, head, 0);
        return chain.result(head);
    }

    @Override
    public ReceiptCheck receipt(PartyId partyId, long sequence, String seal) {
        Head head = checkpoints.head(partyId).orElse(null);
        Chain chain = readChain(partyId, head, sequence);
        if (chain.events < sequence) {
            return new ReceiptCheck(false, Finding.TRUNCATED, chain.events + 1);
        }
        if (chain.broken != null && chain.broken <= sequence) {
            return new ReceiptCheck(false, chain.finding, chain.broken);
        }
        if (!Objects.equals(seal, chain.watchedSeal)) {
            return new ReceiptCheck(false, Finding.SEAL_MISMATCH, sequence);
        }
        return new ReceiptCheck(true, null, null);
    }

    private Chain readChain(PartyId partyId, Head head, long receiptSequence) {
        DomainEventStream stream = storedAsWritten.readEvents(partyId.toString());
        if (!stream.hasNext() && head == null) {
            throw new UnknownPartyException(partyId.value());
        }
        Chain chain = new Chain(sealingSince(), watched(head, receiptSequence));
        while (stream.hasNext()) {
            chain.accept(stream.next());
        }
        return chain;
    }

    @Override
    public LedgerIntegrity ledger(KeptCheckpoint kept) {
        Instant sealingSince = sealingSince();
        Map<String, Head> heads = new HashMap<>();
        checkpoints.forEachLatestHead(head -> heads.put(head.partyId().toString(), head));
        Map<String, Chain> chains = new HashMap<>();
        long events = 0;
        long lastGlobalIndex = -1;
        // The engine fetches the ledger a batch at a time, so a large store is checked in constant memory per party.
        try (Stream<? extends TrackedEventMessage<?>> stream = storedAsWritten.readEvents(null, false)) {
            var messages = stream.iterator();
            while (messages.hasNext()) {
                TrackedEventMessage<?> next = messages.next();
                lastGlobalIndex = Math.max(
                        lastGlobalIndex, next.trackingToken().position().orElse(lastGlobalIndex));
                if (next instanceof DomainEventMessage<?> message) {
                    String party = message.getAggregateIdentifier();
                    chains.computeIfAbsent(party, id -> new Chain(sealingSince, watched(heads.get(id), 0)))
                            .accept(message);
                    events++;
                }
            }
        }
        // A party a checkpoint names whose every event is gone has no chain left to read.
        heads.forEach((party, head) -> chains.computeIfAbsent(party, id -> new Chain(sealingSince, head.sequence())));
        List<PartyBreak> broken = new ArrayList<>();
        chains.forEach((party, chain) -> {
            PartyIntegrity result = chain.result(heads.get(party));
            if (!result.valid()) {
                broken.add(new PartyBreak(
                        PartyId.of(party), result.firstBrokenSequence(), result.finding(), result.unsealed()));
            }
        });
        broken.sort((a, b) -> a.partyId().toString().compareTo(b.partyId().toString()));
        CheckpointChain chain = checkpointChain(kept, lastGlobalIndex);
        boolean valid = broken.isEmpty()
                && (chain == null
                        || (chain.valid() && !chain.ledgerTruncated() && !Boolean.FALSE.equals(chain.expectedFound())));
        return new LedgerIntegrity(valid, events, chains.size(), List.copyOf(broken), chain);
    }

    private CheckpointChain checkpointChain(KeptCheckpoint kept, long lastGlobalIndex) {
        var verifier = new CheckpointHashes.Verifier(kept);
        checkpoints.forEach(verifier::accept);
        if (verifier.latest() == null) {
            return kept == null ? null : new CheckpointChain(true, null, null, false, false);
        }
        return new CheckpointChain(
                verifier.firstBroken() == null,
                verifier.firstBroken(),
                verifier.latest(),
                lastGlobalIndex < verifier.latest().globalIndex(),
                kept == null ? null : verifier.keptFound());
    }

    private Instant sealingSince() {
        return checkpoints.first().map(Checkpoint::createdAt).orElse(null);
    }

    private static long watched(Head head, long receiptSequence) {
        return receiptSequence > 0 ? receiptSequence : head == null ? 0 : head.sequence();
    }

    /** One party's chain as its events come by, oldest first. */
    private final class Chain {
        private final Instant sealingSince;
        private final long watchedSequence;
        private String head;
        private long events;
        private long sealed;
        private long unsealed;
        private long firstUnsealed;
        private long lastUnsealed;
        private String watchedSeal;
        private Long broken;
        private Finding finding;

        /**
         * @param sealingSince from when on every event must carry a seal, or null before the first checkpoint
         * @param watchedSequence the position whose stored seal is kept, to hold against a checkpoint or a receipt
         */
        Chain(Instant sealingSince, long watchedSequence) {
            this.sealingSince = sealingSince;
            this.watchedSequence = watchedSequence;
        }

        void accept(DomainEventMessage<?> event) {
            events++;
            Object seal = event.getMetaData().get(EventIntegrity.HASH);
            if (seal != null) {
                sealed++;
            }
            long sequence = event.getSequenceNumber() + 1;
            if (sequence == watchedSequence) {
                watchedSeal = seal == null ? null : seal.toString();
            }
            if (broken != null) {
                return;
            }
            if (sequence != events) {
                breakAt(events, Finding.SEQUENCE_GAP);
            } else if (seal == null) {
                acceptUnsealed(event, sequence);
            } else if (!EventIntegrity.isWellFormed(seal.toString())) {
                breakAt(sequence, Finding.SEAL_MALFORMED);
            } else {
                acceptSealed(event, seal.toString(), sequence);
            }
        }

        private void acceptUnsealed(DomainEventMessage<?> event, long sequence) {
            // Before a party's chain starts and before sealing began, an event has no seal; after either, a missing
            // seal is a stripped one.
            boolean mustBeSealed = head != null
                    || (sealingSince != null && !event.getTimestamp().isBefore(sealingSince));
            if (mustBeSealed) {
                breakAt(sequence, Finding.SEAL_MISSING);
                return;
            }
            if (unsealed == 0) {
                firstUnsealed = sequence;
            }
            unsealed++;
            lastUnsealed = sequence;
        }

        private void acceptSealed(DomainEventMessage<?> event, String seal, long sequence) {
            String expected;
            try {
                expected = integrity.seal(event, head == null ? "" : head);
            } catch (RuntimeException unreadable) {
                // A row edited so that it no longer reads is as broken as one that reads differently.
                breakAt(sequence, Finding.UNREADABLE);
                return;
            }
            if (expected.equals(seal)) {
                head = expected;
            } else {
                breakAt(sequence, Finding.SEAL_MISMATCH);
            }
        }

        private void breakAt(long sequence, Finding why) {
            broken = sequence;
            finding = why;
        }

        PartyIntegrity result(Head checkpointed) {
            if (broken == null && checkpointed != null) {
                if (events < checkpointed.sequence()) {
                    breakAt(events + 1, Finding.TRUNCATED);
                } else if (!Objects.equals(watchedSeal, checkpointed.seal())) {
                    breakAt(checkpointed.sequence(), Finding.CHECKPOINT_MISMATCH);
                }
            }
            Unsealed before = unsealed == 0 ? null : new Unsealed(unsealed, firstUnsealed, lastUnsealed);
            Finding reported = finding != null ? finding : before != null ? Finding.UNSEALED : null;
            return new PartyIntegrity(
                    broken == null && before == null,
                    events,
                    sealed,
                    broken,
                    reported,
                    before,
                    checkpointed == null
                            ? null
                            : new CheckpointedHead(
                                    checkpointed.checkpointNumber(), checkpointed.sequence(), checkpointed.seal()));
        }
    }
}
