package org.trustledger.application.axon;

import java.time.Instant;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.AbstractSnapshotTrigger;
import org.axonframework.eventsourcing.SnapshotTrigger;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.trustledger.domain.party.PartyEvent;

/**
 * Snapshots a party every {@code threshold} events, as Axon's event-count trigger does, and also right after an event
 * that the party's trust fold cannot take one at a time — a retraction, or an event stamped earlier than one before it —
 * so that the fold is made again from the history once, in the snapshot, rather than by every reader until the next
 * snapshot.
 */
public final class PartySnapshotTriggerDefinition implements SnapshotTriggerDefinition {
    private final Snapshotter snapshotter;
    private final int threshold;

    public PartySnapshotTriggerDefinition(Snapshotter snapshotter, int threshold) {
        this.snapshotter = snapshotter;
        this.threshold = threshold;
    }

    @Override
    public SnapshotTrigger prepareTrigger(Class<?> aggregateType) {
        return new Trigger(snapshotter, aggregateType, threshold);
    }

    @Override
    public SnapshotTrigger reconfigure(Class<?> aggregateType, SnapshotTrigger trigger) {
        if (trigger instanceof Trigger own) {
            own.setSnapshotter(snapshotter);
            return own;
        }
        return prepareTrigger(aggregateType);
    }

    private static final class Trigger extends AbstractSnapshotTrigger {
        private static final long serialVersionUID = 1L;

        private final int threshold;
        private int counter;
        private boolean foldAgain;
        private Instant latest;

        Trigger(Snapshotter snapshotter, Class<?> aggregateType, int threshold) {
            super(snapshotter, aggregateType);
            this.threshold = threshold;
        }

        @Override
        public void eventHandled(EventMessage<?> message) {
            counter++;
            if (message.getPayload() instanceof PartyEvent event) {
                Instant at = event.recordedAt();
                if (event instanceof PartyEvent.EntryRetracted || (latest != null && at.isBefore(latest))) {
                    foldAgain = true;
                }
                if (latest == null || at.isAfter(latest)) {
                    latest = at;
                }
            }
            super.eventHandled(message);
        }

        @Override
        protected boolean exceedsThreshold() {
            return foldAgain || counter >= threshold;
        }

        @Override
        protected void reset() {
            counter = 0;
            foldAgain = false;
        }
    }
}
