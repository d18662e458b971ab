package org.trustledger.application.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.trustledger.application.port.in.HistoryChange;
import org.trustledger.application.port.in.HistoryEntry;
import org.trustledger.application.port.in.HistoryPage;
import org.trustledger.application.port.in.PartyAuditQuery;
import org.trustledger.application.port.in.PartyHistoryQuery;
import org.trustledger.application.port.in.PartyReplay;
import org.trustledger.application.port.in.PartyView;
import org.trustledger.application.port.in.TimelineEntry;
import org.trustledger.application.port.out.PartyHistories;
import org.trustledger.application.port.out.PartyIdentityIndex;
import org.trustledger.domain.InvalidValueException;
import org.trustledger.domain.UnknownPartyException;
import org.trustledger.domain.party.PartyDecider;
import org.trustledger.domain.party.PartyEvent.EntryRetracted;
import org.trustledger.domain.party.PartyId;
import org.trustledger.domain.party.PartyState;
import org.trustledger.domain.party.PersonalDataRequests;
import org.trustledger.domain.screening.Screening;
import org.trustledger.domain.trust.SequencedEvent;
import org.trustledger.domain.trust.TrustAssessment;
import org.trustledger.domain.trust.TrustPolicy;

/**
 * Answers what the ledger said of a party at a past instant from the stored history alone, folded by the decider and
 * the trust policy, so that the answer never depends on a read model kept current for today, and so that every edge —
 * the API, the dashboard's replay — shows the same party as it was.
 */
public final class AuditService implements PartyAuditQuery {
    private final PartyHistoryQuery histories;
    private final PartyCandidates candidates;

    public AuditService(
            PartyHistoryQuery historyQuery,
            PartyIdentityIndex index,
            PartyHistories histories,
            TrustPolicy policy,
            Screening screening) {
        this.histories = historyQuery;
        this.candidates = new PartyCandidates(index, histories, policy, screening.settings());
    }

    @Override
    public PartyView asOf(PartyId partyId, Instant asOf) {
        return view(partyId, candidates.assess(sequenced(cutAt(whole(partyId), asOf, partyId)), asOf));
    }

    @Override
    public PartyReplay replay(PartyId partyId, Instant asOf, Long upTo) {
        List<HistoryEntry> all = whole(partyId);
        List<HistoryEntry> counted;
        PartyCandidates.Assessed assessed;
        if (upTo != null && upTo >= 1 && upTo <= all.size()) {
            // As the status after that entry: at its instant, counting it and the entries before it only.
            counted = all.subList(0, (int) (long) upTo);
            assessed = candidates.assess(sequenced(counted), counted.getLast().recordedAt());
        } else {
            counted = cutAt(all, asOf, partyId);
            // The same fold as asOf, so that the page and the API never disagree.
            assessed = candidates.assess(sequenced(counted), asOf);
        }
        long point = counted.getLast().sequence();
        Map<Long, Long> retractedBy = retractedBy(counted);
        Set<Long> countedSequences = new HashSet<>();
        counted.forEach(e -> countedSequences.add(e.sequence()));
        // Only the page that holds the point is told: the walk folds the entries before it and stops at its end.
        int first = (int) ((point - 1) / TIMELINE_PAGE * TIMELINE_PAGE);
        int end = Math.min(all.size(), first + TIMELINE_PAGE);
        List<TimelineEntry> timeline = new ArrayList<>(end - first);
        List<SequencedEvent> sequencedAll = sequenced(all);
        candidates.assessAlong(
                sequencedAll.subList(0, end).iterator(),
                upTo(sequencedAll),
                all.get(first).sequence(),
                after -> {
                    HistoryEntry entry = all.get(first + timeline.size());
                    boolean isCounted = countedSequences.contains(entry.sequence());
                    timeline.add(new TimelineEntry(
                            entry, after.status(), isCounted, isCounted ? retractedBy.get(entry.sequence()) : null));
                });
        PartyState now =
                PartyDecider.replay(all.stream().map(HistoryEntry::event).toList());
        return new PartyReplay(
                view(partyId, assessed),
                openInvoices(assessed.state()),
                point,
                timeline,
                all.size(),
                openInvoices(now),
                now.terminated(),
                PersonalDataRequests.open(now),
                PersonalDataRequests.erasure(now).orElse(null));
    }

    @Override
    public HistoryPage history(PartyId partyId, Instant asOf, long after, int limit) {
        if (limit < 1 || limit > MAX_PAGE) {
            throw new InvalidValueException("limit", "limit must be from 1 to " + MAX_PAGE + ", but was " + limit);
        }
        if (after < 0) {
            throw new InvalidValueException("after", "after must be a sequence of 0 or more, but was " + after);
        }
        return page(partyId, asOf, after, limit);
    }

    @Override
    public HistoryPage history(PartyId partyId, Instant asOf) {
        return page(partyId, asOf, 0, Long.MAX_VALUE);
    }

    private HistoryPage page(PartyId partyId, Instant asOf, long after, long limit) {
        Outline outline = outline(partyId, asOf, after, limit);
        return new HistoryPage() {
            @Override
            public Long next() {
                return outline.next();
            }

            @Override
            public void forEach(Consumer<HistoryChange> sink) {
                walk(partyId, asOf, after, outline, sink);
            }
        };
    }

    /**
     * What a page must know of the whole history before it tells its first entry, kept small whatever the history's
     * length: which entries are retracted and by which retraction, since a retraction comes after its entry.
     *
     * @param before the entry just before the page, whose status the page's first entry is told against, or null
     * @param last the page's last entry, or {@code after} when the page is empty
     * @param next the sequence to ask for the following page after, or null
     */
    private record Outline(Map<Long, Long> retractedBy, Long before, long last, Long next) {}

    /** A first pass along the history, a batch at a time, keeping only the outline. */
    private Outline outline(PartyId partyId, Instant asOf, long after, long limit) {
        Map<Long, Long> retractedBy = new HashMap<>();
        Long before = null;
        long last = after;
        long taken = 0;
        Long next = null;
        boolean known = false;
        try (Stream<HistoryEntry> entries = entriesAsOf(partyId, asOf)) {
            for (Iterator<HistoryEntry> it = entries.iterator(); it.hasNext(); ) {
                HistoryEntry entry = it.next();
                known = true;
                if (entry.event() instanceof EntryRetracted r && r.sequence() > after) {
                    retractedBy.put(r.sequence(), entry.sequence());
                }
                if (entry.sequence() <= after) {
                    before = entry.sequence();
                } else if (taken < limit) {
                    taken++;
                    last = entry.sequence();
                } else if (next == null) {
                    next = last;
                }
            }
        }
        if (!known) {
            throw new UnknownPartyException(partyId.value());
        }
        return new Outline(retractedBy, before, last, next);
    }

    /**
     * The second pass: the history read again as it streams, up to the page's end and no further, folded entry by entry
     * with the kept trust fold; the entries before the page are folded for the status they leave, and only the status
     * of the one just before it is kept.
     */
    private void walk(PartyId partyId, Instant asOf, long after, Outline outline, Consumer<HistoryChange> sink) {
        if (outline.last() <= after) {
            return;
        }
        try (Stream<HistoryEntry> entries = entriesAsOf(partyId, asOf)) {
            Iterator<HistoryEntry> stored = entries.iterator();
            HistoryEntry[] current = {null};
            Iterator<SequencedEvent> events = new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return (current[0] == null || current[0].sequence() < outline.last()) && stored.hasNext();
                }

                @Override
                public SequencedEvent next() {
                    current[0] = stored.next();
                    return sequenced(current[0]);
                }
            };
            TrustAssessment[] previous = {null};
            long from = outline.before() != null ? outline.before() : after + 1;
            candidates.assessAlong(events, sequence -> prefix(partyId, asOf, sequence), from, assessment -> {
                HistoryEntry entry = current[0];
                if (entry.sequence() > after) {
                    sink.accept(new HistoryChange(
                            entry,
                            assessment.status(),
                            assessment.score(),
                            ReasonDiff.between(
                                    previous[0] == null ? List.of() : previous[0].reasons(), assessment.reasons()),
                            outline.retractedBy().get(entry.sequence())));
                }
                previous[0] = assessment;
            });
        }
    }

    /** The entries known at {@code asOf} up to {@code sequence}, read again for the rare entry the fold cannot take. */
    private List<SequencedEvent> prefix(PartyId partyId, Instant asOf, long sequence) {
        try (Stream<HistoryEntry> entries = entriesAsOf(partyId, asOf)) {
            return entries.takeWhile(e -> e.sequence() <= sequence)
                    .map(AuditService::sequenced)
                    .toList();
        }
    }

    private static PartyView view(PartyId partyId, PartyCandidates.Assessed assessed) {
        PartyState state = assessed.state();
        return new PartyView(
                partyId,
                state.kind(),
                state.details(),
                state.terminated(),
                state.outstanding(),
                state.troubleCount(),
                state.registeredAt(),
                state.updatedAt(),
                state.eventCount(),
                assessed.trust());
    }

    /** The invoices still owed on; the decider's state already leaves retracted shortfalls and settlements out. */
    private static List<String> openInvoices(PartyState state) {
        return state.outstandingByInvoice().entrySet().stream()
                .filter(e -> e.getValue().value() > 0)
                .map(Map.Entry::getKey)
                .sorted()
                .toList();
    }

    private static Map<Long, Long> retractedBy(List<HistoryEntry> entries) {
        Map<Long, Long> retractedBy = new HashMap<>();
        for (HistoryEntry e : entries) {
            if (e.event() instanceof EntryRetracted r) {
                retractedBy.put(r.sequence(), e.sequence());
            }
        }
        return retractedBy;
    }

    private Stream<HistoryEntry> entriesAsOf(PartyId partyId, Instant asOf) {
        return histories.entries(partyId).filter(e -> !e.recordedAt().isAfter(asOf));
    }

    private List<HistoryEntry> whole(PartyId partyId) {
        try (Stream<HistoryEntry> entries = histories.entries(partyId)) {
            return entries.toList();
        }
    }

    private static List<HistoryEntry> cutAt(List<HistoryEntry> history, Instant asOf, PartyId partyId) {
        List<HistoryEntry> entries =
                history.stream().filter(e -> !e.recordedAt().isAfter(asOf)).toList();
        if (entries.isEmpty()) {
            throw new UnknownPartyException(partyId.value());
        }
        return entries;
    }

    private static TrustPolicy.Prefixes upTo(List<SequencedEvent> history) {
        return sequence ->
                history.stream().takeWhile(e -> e.sequence() <= sequence).toList();
    }

    private static SequencedEvent sequenced(HistoryEntry entry) {
        return new SequencedEvent(entry.sequence(), entry.event());
    }

    private static List<SequencedEvent> sequenced(List<HistoryEntry> entries) {
        return entries.stream().map(AuditService::sequenced).toList();
    }
}
