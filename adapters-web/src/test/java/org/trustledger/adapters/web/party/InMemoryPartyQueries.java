package org.trustledger.adapters.web.party;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.trustledger.application.port.in.FindPartiesQuery;
import org.trustledger.application.port.in.HistoryChange;
import org.trustledger.application.port.in.HistoryEntry;
import org.trustledger.application.port.in.HistoryPage;
import org.trustledger.application.port.in.PageResult;
import org.trustledger.application.port.in.PartyAuditQuery;
import org.trustledger.application.port.in.PartyReplay;
import org.trustledger.application.port.in.PartySearch;
import org.trustledger.application.port.in.PartyView;
import org.trustledger.application.port.in.ReasonChange;
import org.trustledger.application.port.in.TimelineEntry;
import org.trustledger.application.port.in.TrustQuery;
import org.trustledger.domain.UnknownPartyException;
import org.trustledger.domain.party.PartyDecider;
import org.trustledger.domain.party.PartyEvent;
import org.trustledger.domain.party.PartyId;
import org.trustledger.domain.party.PartyState;
import org.trustledger.domain.party.PersonalDataRequests;
import org.trustledger.domain.trust.Reason;
import org.trustledger.domain.trust.ReasonCode;
import org.trustledger.domain.trust.TrustAssessment;
import org.trustledger.domain.trust.TrustStatus;

/**
 * Stands in for the read model: the parties and histories a test puts in, searched by name and kind, and the
 * criteria of every search it was asked.
 */
public final class InMemoryPartyQueries implements FindPartiesQuery, TrustQuery, PartyAuditQuery {
    private final Map<PartyId, PartyView> views = new ConcurrentHashMap<>();
    private final Map<PartyId, List<HistoryEntry>> histories = new ConcurrentHashMap<>();
    private final List<PartySearch> searches = new CopyOnWriteArrayList<>();
    private final Map<PartyId, TrustAssessment> assessments = new ConcurrentHashMap<>();
    private final List<Instant> assessedAsOf = new CopyOnWriteArrayList<>();

    /** The assessment {@link #assess} answers for a party; a party without one is NEW with no evidence. */
    public void putTrust(PartyId partyId, TrustAssessment assessment) {
        assessments.put(partyId, assessment);
    }

    public List<Instant> assessedAsOf() {
        return List.copyOf(assessedAsOf);
    }

    public void put(PartyView view) {
        views.put(view.partyId(), view);
    }

    public void putHistory(PartyId partyId, List<HistoryEntry> entries) {
        histories.put(partyId, List.copyOf(entries));
    }

    public List<PartySearch> searches() {
        return List.copyOf(searches);
    }

    public void reset() {
        views.clear();
        histories.clear();
        searches.clear();
        assessments.clear();
        assessedAsOf.clear();
    }

    @Override
    public TrustAssessment assess(PartyId partyId, Instant asOf) {
        get(partyId);
        assessedAsOf.add(asOf);
        return assessments.getOrDefault(
                partyId,
                new TrustAssessment(
                        TrustStatus.NEW, 0, List.of(Reason.of(ReasonCode.NO_EVIDENCE, Map.of(), List.of()))));
    }

    @Override
    public PartyView get(PartyId partyId) {
        PartyView view = views.get(partyId);
        if (view == null) {
            throw new UnknownPartyException(partyId.value());
        }
        return view;
    }

    @Override
    public PageResult<PartyView> search(PartySearch search) {
        searches.add(search);
        List<PartyView> matching = new ArrayList<>(views.values().stream()
                .filter(v -> search.kind() == null || v.kind() == search.kind())
                .filter(v -> search.status() == null
                        || (v.trust() != null && v.trust().status() == search.status()))
                .filter(v -> search.text() == null
                        || v.details()
                                .name()
                                .value()
                                .toLowerCase(Locale.ROOT)
                                .contains(search.text().toLowerCase(Locale.ROOT)))
                .sorted(Comparator.comparing(v -> v.details().name().value()))
                .toList());
        int from = Math.min(search.page() * search.size(), matching.size());
        int to = Math.min(from + search.size(), matching.size());
        return new PageResult<>(matching.subList(from, to), search.page(), search.size(), matching.size());
    }

    public List<HistoryEntry> history(PartyId partyId) {
        List<HistoryEntry> entries = histories.get(partyId);
        if (entries == null) {
            throw new UnknownPartyException(partyId.value());
        }
        return entries;
    }

    /** The party as {@link #replay} folds it, so that a page and the API answer from the same fold. */
    @Override
    public PartyView asOf(PartyId partyId, Instant asOf) {
        return histories.containsKey(partyId)
                ? replay(partyId, asOf, null).party()
                : get(partyId).withTrust(assess(partyId, asOf));
    }

    /**
     * The party folded by the decider from the history a test put in, with the trust a test put in: enough for the
     * pages to show; the application's tests prove the fold itself.
     */
    @Override
    public PartyReplay replay(PartyId partyId, Instant asOf, Long upTo) {
        List<HistoryEntry> all = history(partyId);
        List<HistoryEntry> counted = upTo != null && upTo >= 1 && upTo <= all.size()
                ? all.subList(0, upTo.intValue())
                : all.stream().filter(e -> !e.recordedAt().isAfter(asOf)).toList();
        if (counted.isEmpty()) {
            throw new UnknownPartyException(partyId.value());
        }
        Instant at = upTo != null && counted.size() == upTo ? counted.getLast().recordedAt() : asOf;
        PartyState then =
                PartyDecider.replay(counted.stream().map(HistoryEntry::event).toList());
        PartyState now =
                PartyDecider.replay(all.stream().map(HistoryEntry::event).toList());
        Map<Long, Long> retractedBy = new HashMap<>();
        for (HistoryEntry e : counted) {
            if (e.event() instanceof PartyEvent.EntryRetracted r) {
                retractedBy.put(r.sequence(), e.sequence());
            }
        }
        PartyView view = new PartyView(
                partyId,
                then.kind(),
                then.details(),
                then.terminated(),
                then.outstanding(),
                then.troubleCount(),
                then.registeredAt(),
                then.updatedAt(),
                then.eventCount(),
                assess(partyId, at));
        // As the core answers: the page of the timeline that holds the point.
        long point = counted.getLast().sequence();
        int first = (int) ((point - 1) / TIMELINE_PAGE * TIMELINE_PAGE);
        return new PartyReplay(
                view,
                open(then),
                point,
                all.subList(first, Math.min(all.size(), first + TIMELINE_PAGE)).stream()
                        .map(e -> new TimelineEntry(
                                e,
                                assess(partyId, e.recordedAt()).status(),
                                counted.contains(e),
                                retractedBy.get(e.sequence())))
                        .toList(),
                all.size(),
                open(now),
                now.terminated(),
                PersonalDataRequests.open(now),
                PersonalDataRequests.erasure(now).orElse(null));
    }

    private static List<String> open(PartyState state) {
        return state.outstandingByInvoice().entrySet().stream()
                .filter(e -> e.getValue().value() > 0)
                .map(Map.Entry::getKey)
                .sorted()
                .toList();
    }

    @Override
    public HistoryPage history(PartyId partyId, Instant asOf) {
        return history(partyId, asOf, 0, Integer.MAX_VALUE);
    }

    @Override
    public HistoryPage history(PartyId partyId, Instant asOf, long after, int limit) {
        List<HistoryEntry> stored = history(partyId);
        List<HistoryEntry> entries =
                stored.stream().filter(e -> !e.recordedAt().isAfter(asOf)).toList();
        // As the core answers: a moment before the party was registered knows no such party.
        if (entries.isEmpty() && !stored.isEmpty()) {
            throw new UnknownPartyException(partyId.value());
        }
        List<HistoryEntry> page =
                entries.stream().filter(e -> e.sequence() > after).limit(limit).toList();
        Long next = !page.isEmpty() && page.getLast() != entries.getLast()
                ? page.getLast().sequence()
                : null;
        return new HistoryPage() {
            @Override
            public Long next() {
                return next;
            }

            @Override
            public void forEach(Consumer<HistoryChange> sink) {
                for (HistoryEntry e : page) {
                    TrustAssessment after = assess(partyId, e.recordedAt());
                    sink.accept(new HistoryChange(
                            e,
                            after.status(),
                            after.score(),
                            e.sequence() == 1
                                    ? after.reasons().stream()
                                            .map(r -> new ReasonChange(
                                                    ReasonChange.Kind.ADDED, r, r.eventSequences(), List.of()))
                                            .toList()
                                    : List.of(),
                            null));
                }
            }
        };
    }
}
