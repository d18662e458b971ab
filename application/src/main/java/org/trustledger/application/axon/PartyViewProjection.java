package org.trustledger.application.axon;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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
import org.trustledger.domain.party.PartyEvent.PersonalDataErased;
import org.trustledger.domain.party.PartyEvent.RelationshipReinstated;
import org.trustledger.domain.party.PartyEvent.RelationshipTerminated;
import org.trustledger.domain.party.PartyEvent.RenameConfirmed;
import org.trustledger.domain.party.PartyEvent.RequestReceived;
import org.trustledger.domain.party.PartyEvent.TroubleLogged;
import org.trustledger.domain.party.PartyId;
import org.trustledger.domain.party.PartyIdentityHistory;
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
        PartyView next;
        if (event instanceof PersonalDataErased) {
            // The person's key is destroyed before the erasure is recorded, so the history now reads erased values:
            // the row is folded again from it, and what is still filed is whatever identifies no person. Every key
            // filed before goes first: one filed from values read before the key was destroyed (by a rebuild running
            // since, say) can no longer be worked out from the history.
            index.removeAll(view.partyId());
            PartyState state = PartyDecider.replay(histories.of(view.partyId()).stream()
                    .filter(entry -> entry.sequence() <= sequence)
                    .map(SequencedEvent::event)
                    .toList());
            views.save(folded(view, state, sequence));
            reindex(view.partyId(), Map.of(), PartyIdentityHistory.indexKeys(state));
            return;
        }
        if (event instanceof EntryRetracted) {
            List<SequencedEvent> history = histories.of(view.partyId()).stream()
                    .filter(entry -> entry.sequence() <= sequence)
                    .toList();
            PartyState before = PartyDecider.replay(history.stream()
                    .filter(entry -> entry.sequence() < sequence)
                    .map(SequencedEvent::event)
                    .toList());
            PartyState state = PartyDecider.replay(
                    history.stream().map(SequencedEvent::event).toList());
            next = folded(view, state, sequence);
            views.save(next);
            reindex(view.partyId(), PartyIdentityHistory.indexKeys(before), PartyIdentityHistory.indexKeys(state));
            return;
        }
        next = apply(view, event, sequence);
        views.save(next);
        // The same salesperson calling for a "new" company, or from their own mobile, is evidence, so callers are
        // found like the rest.
        callerKeys(event).ifPresent(keys -> index.add(event.partyId(), keys));
        if (!next.details().equals(view.details())) {
            amended(
                    view.partyId(),
                    view.details().identity().indexKeys(),
                    next.details().identity().indexKeys(),
                    event.recordedAt());
        }
    }

    /**
     * Keys given up are kept as former ones, since a reseller that moved or changed its number is still found by them;
     * only the difference is written, as most amendments change one attribute.
     */
    private void amended(PartyId party, Set<String> before, Set<String> after, Instant at) {
        Set<String> gone = new LinkedHashSet<>(before);
        gone.removeAll(after);
        Set<String> added = new LinkedHashSet<>(after);
        added.removeAll(before);
        if (!gone.isEmpty()) {
            index.retire(party, gone, at);
        }
        if (!added.isEmpty()) {
            index.add(party, added);
        }
    }

    /**
     * A retraction can take back an amendment or a caller, so the keys are compared as the history files them before
     * and after it: what no entry that still counts gives any more is taken out, and what changed between current and
     * former is filed anew; what the retraction left alone is not written.
     */
    private void reindex(PartyId party, Map<String, Instant> before, Map<String, Instant> after) {
        Set<String> gone = new LinkedHashSet<>(before.keySet());
        gone.removeAll(after.keySet());
        if (!gone.isEmpty()) {
            index.remove(party, gone);
        }
        Set<String> current = new LinkedHashSet<>();
        Map<Instant, Set<String>> former = new LinkedHashMap<>();
        after.forEach((key, until) -> {
            if (before.containsKey(key) && Objects.equals(before.get(key), until)) {
                return;
            }
            if (until == null) {
                current.add(key);
            } else {
                former.computeIfAbsent(until, u -> new LinkedHashSet<>()).add(key);
            }
        });
        if (!current.isEmpty()) {
            index.add(party, current);
        }
        former.forEach((until, keys) -> index.retire(party, keys, until));
    }

    /**
     * The keys a caller files the party under: their name when they gave it in full, and the number they gave; none for
     * any other event.
     */
    private static Optional<Set<String>> callerKeys(PartyEvent event) {
        if (event instanceof CallerIdentified e) {
            Set<String> keys = new LinkedHashSet<>();
            if (e.fullNameGiven() && e.name() != null) {
                keys.addAll(e.name().key().callerIndexKeys());
            }
            if (e.callBack() != null) {
                keys.add(e.callBack().indexKey());
            }
            return keys.isEmpty() ? Optional.empty() : Optional.of(keys);
        }
        return Optional.empty();
    }

    /**
     * The view folded again from the history up to this retraction: what the retracted entry changed is not undone by
     * hand, so the list and the decider can never disagree on it.
     */
    private static PartyView folded(PartyView view, PartyState state, long sequence) {
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
            case PersonalDataErased e -> {
                // likewise
            }
            case PartyEvent.PersonalDataRequested e -> {
                // a person's request about their data changes nothing the list shows
            }
            case PartyEvent.PersonalDataRequestRefused e -> {
                // nor does the answer to it
            }
            case PartyEvent.PersonalDataRequestAnswered e -> {
                // whether refused or answered
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
