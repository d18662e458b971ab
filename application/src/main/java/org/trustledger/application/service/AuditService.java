package org.trustledger.application.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
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
        return view(partyId, candidates.assess(sequenced(entriesAsOf(partyId, asOf)), asOf));
    }

    @Override
    public PartyReplay replay(PartyId partyId, Instant asOf, Long upTo) {
        List<HistoryEntry> all = histories.history(partyId);
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
        List<TimelineEntry> timeline = new ArrayList<>(all.size());
        candidates.assessAfterEach(sequenced(all), after -> {
            HistoryEntry entry = all.get(timeline.size());
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
                openInvoices(now),
                now.terminated());
    }

    @Override
    public HistoryPage history(PartyId partyId, Instant asOf, long after, int limit) {
        if (limit < 1 || limit > MAX_PAGE) {
            throw new InvalidValueException("limit", "limit must be from 1 to " + MAX_PAGE + ", but was " + limit);
        }
        if (after < 0) {
            throw new InvalidValueException("after", "after must be a sequence of 0 or more, but was " + after);
        }
        List<HistoryEntry> entries = entriesAsOf(partyId, asOf);
        int from = 0;
        while (from < entries.size() && entries.get(from).sequence() <= after) {
            from++;
        }
        int to = (int) Math.min(entries.size(), (long) from + limit);
        Long next = to < entries.size() ? entries.get(to - 1).sequence() : null;
        Map<Long, Long> retractedBy = retractedBy(entries);
        int first = from;
        List<HistoryEntry> walked = entries.subList(0, to);
        return new HistoryPage() {
            @Override
            public Long next() {
                return next;
            }

            @Override
            public void forEach(Consumer<HistoryChange> sink) {
                // The statuses only depend on what came before, so the walk stops at the page's end; the entries before
                // the page are walked for the status they leave, and only the one just before it is kept.
                int[] index = {0};
                TrustAssessment[] previous = {null};
                candidates.assessAfterEach(sequenced(walked), assessment -> {
                    int i = index[0]++;
                    if (i >= first) {
                        HistoryEntry entry = walked.get(i);
                        sink.accept(new HistoryChange(
                                entry,
                                assessment.status(),
                                assessment.score(),
                                ReasonDiff.between(
                                        previous[0] == null ? List.of() : previous[0].reasons(), assessment.reasons()),
                                retractedBy.get(entry.sequence())));
                    }
                    previous[0] = assessment;
                });
            }
        };
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

    private List<HistoryEntry> entriesAsOf(PartyId partyId, Instant asOf) {
        return cutAt(histories.history(partyId), asOf, partyId);
    }

    private static List<HistoryEntry> cutAt(List<HistoryEntry> history, Instant asOf, PartyId partyId) {
        List<HistoryEntry> entries =
                history.stream().filter(e -> !e.recordedAt().isAfter(asOf)).toList();
        if (entries.isEmpty()) {
            throw new UnknownPartyException(partyId.value());
        }
        return entries;
    }

    private static List<SequencedEvent> sequenced(List<HistoryEntry> entries) {
        return entries.stream()
                .map(e -> new SequencedEvent(e.sequence(), e.event()))
                .toList();
    }
}
