package org.trustledger.application.axon;

import java.util.LinkedHashSet;
import java.util.Set;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.trustledger.application.port.in.PartyView;
import org.trustledger.application.port.out.PartyHistories;
import org.trustledger.application.port.out.PartyIdentityIndexWriter;
import org.trustledger.application.port.out.PartyViews;
import org.trustledger.domain.UnknownPartyException;
import org.trustledger.domain.party.PartyDecider;
import org.trustledger.domain.party.PartyEvent;
import org.trustledger.domain.party.PartyEvent.CallerIdentified;
import org.trustledger.domain.party.PartyEvent.EntryRetracted;
import org.trustledger.domain.party.PartyEvent.LinkReviewed;
import org.trustledger.domain.party.PartyEvent.PartyAmended;
import org.trustledger.domain.party.PartyEvent.PartyRegistered;
import org.trustledger.domain.party.PartyEvent.PaymentSettled;
import org.trustledger.domain.party.PartyEvent.PaymentShort;
import org.trustledger.domain.party.PartyEvent.RelationshipReinstated;
import org.trustledger.domain.party.PartyEvent.RelationshipTerminated;
import org.trustledger.domain.party.PartyEvent.RenameConfirmed;
import org.trustledger.domain.party.PartyEvent.RequestReceived;
import org.trustledger.domain.party.PartyEvent.TroubleLogged;
import org.trustledger.domain.party.PartyId;
import org.trustledger.domain.party.PartyState;
import org.trustledger.domain.party.Yen;
import org.trustledger.domain.trust.SequencedEvent;

/** Keeps the party read model and the identity index current, one event at a time. */
@ProcessingGroup(PartyViewProjection.PROCESSING_GROUP)
public class PartyViewProjection {
    public static final String PROCESSING_GROUP = "party-views";

    private final PartyViews views;
    private final PartyIdentityIndexWriter index;
    private final PartyHistories histories;

    public PartyViewProjection(PartyViews views, PartyIdentityIndexWriter index, PartyHistories histories) {
        this.views = views;
        this.index = index;
        this.histories = histories;
    }

    @EventHandler
    void on(PartyEvent event, @SequenceNumber long aggregateSequence) {
        long sequence = aggregateSequence + 1;
        if (event instanceof PartyRegistered e) {
            views.save(new PartyView(
                    e.partyId(), e.kind(), e.details(), false, Yen.ZERO, 0, e.recordedAt(), e.recordedAt(), sequence));
            index.add(e.partyId(), e.details().identity().indexKeys());
            return;
        }
        PartyView view = views.find(event.partyId())
                .orElseThrow(() -> new UnknownPartyException(event.partyId().value()));
        if (view.lastSequence() >= sequence) {
            return; // already applied: a replay must not count an event twice
        }
        PartyView next = event instanceof EntryRetracted ? folded(view, sequence) : apply(view, event, sequence);
        views.save(next);
        if (event instanceof CallerIdentified e && e.fullNameGiven() && e.name() != null) {
            // The same salesperson calling for a "new" company is a link, so callers are found like the rest.
            index.add(e.partyId(), new LinkedHashSet<>(e.name().key().callerIndexKeys()));
        }
        if (!next.details().equals(view.details())) {
            reindex(
                    view.partyId(),
                    view.details().identity().indexKeys(),
                    next.details().identity().indexKeys());
        }
    }

    // Only the difference is written: most amendments change one attribute, and keys other facts filed the party
    // under are left alone.
    private void reindex(PartyId party, Set<String> before, Set<String> after) {
        Set<String> gone = new LinkedHashSet<>(before);
        gone.removeAll(after);
        Set<String> added = new LinkedHashSet<>(after);
        added.removeAll(before);
        if (!gone.isEmpty()) {
            index.remove(party, gone);
        }
        if (!added.isEmpty()) {
            index.add(party, added);
        }
    }

    /**
     * The view folded again from the history up to this retraction: what the retracted entry changed is not undone by
     * hand, so the list and the decider can never disagree on it.
     */
    private PartyView folded(PartyView view, long sequence) {
        PartyState state = PartyDecider.replay(histories.of(view.partyId()).stream()
                .filter(e -> e.sequence() <= sequence)
                .map(SequencedEvent::event)
                .toList());
        return new PartyView(
                view.partyId(),
                state.kind(),
                state.details(),
                state.terminated(),
                state.outstanding(),
                state.troubleCount(),
                view.registeredAt(),
                state.updatedAt(),
                sequence);
    }

    static PartyView apply(PartyView v, PartyEvent event, long sequence) {
        var kind = v.kind();
        var details = v.details();
        var terminated = v.terminated();
        var outstanding = v.outstanding();
        var troubles = v.troubleCount();
        switch (event) {
            case PartyAmended e -> {
                kind = e.kind();
                details = e.details();
            }
            case TroubleLogged e -> troubles++;
            case PaymentShort e -> outstanding = outstanding.plus(e.outstanding());
            case PaymentSettled e -> outstanding = outstanding.minus(e.paid());
            case RelationshipTerminated e -> terminated = true;
            case RelationshipReinstated e -> terminated = false;
            case PartyRegistered e -> {
                kind = e.kind();
                details = e.details();
            }
            case RequestReceived e -> {
                // requests and callers change nothing the list shows
            }
            case LinkReviewed e -> {
                // a confirmed rename comes with its own termination event
            }
            case RenameConfirmed e -> {
                // nor does the original learn of its rename
            }
            case CallerIdentified e -> {
                // nor does a caller's identification
            }
            case EntryRetracted e -> {
                // folded again from the history by the handler, which can read it
            }
        }
        return new PartyView(
                v.partyId(),
                kind,
                details,
                terminated,
                outstanding,
                troubles,
                v.registeredAt(),
                event.recordedAt(),
                sequence);
    }
}
