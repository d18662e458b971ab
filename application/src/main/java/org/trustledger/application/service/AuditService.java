package org.trustledger.application.service;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.trustledger.application.port.in.AuditedEntry;
import org.trustledger.application.port.in.HistoryEntry;
import org.trustledger.application.port.in.PartyAuditQuery;
import org.trustledger.application.port.in.PartyHistoryQuery;
import org.trustledger.application.port.in.PartyView;
import org.trustledger.application.port.out.PartyHistories;
import org.trustledger.application.port.out.PartyIdentityIndex;
import org.trustledger.domain.UnknownPartyException;
import org.trustledger.domain.party.PartyEvent.EntryRetracted;
import org.trustledger.domain.party.PartyId;
import org.trustledger.domain.party.PartyState;
import org.trustledger.domain.screening.Screening;
import org.trustledger.domain.trust.SequencedEvent;
import org.trustledger.domain.trust.TrustAssessment;
import org.trustledger.domain.trust.TrustPolicy;

/**
 * Answers what the ledger said of a party at a past instant from the stored history alone, folded by the decider and
 * the trust policy, so that the answer never depends on a read model kept current for today.
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
        List<SequencedEvent> known = sequenced(entriesAsOf(partyId, asOf));
        PartyCandidates.Assessed assessed = candidates.assess(known, asOf);
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

    @Override
    public List<AuditedEntry> history(PartyId partyId, Instant asOf) {
        List<HistoryEntry> entries = entriesAsOf(partyId, asOf);
        List<TrustAssessment> after = candidates.assessAfterEach(sequenced(entries));
        Map<Long, Long> retractedBy = new HashMap<>();
        for (HistoryEntry e : entries) {
            if (e.event() instanceof EntryRetracted r) {
                retractedBy.put(r.sequence(), e.sequence());
            }
        }
        return IntStream.range(0, entries.size())
                .mapToObj(i -> new AuditedEntry(
                        entries.get(i),
                        after.get(i),
                        retractedBy.get(entries.get(i).sequence())))
                .toList();
    }

    private List<HistoryEntry> entriesAsOf(PartyId partyId, Instant asOf) {
        List<HistoryEntry> entries = histories.history(partyId).stream()
                .filter(e -> !e.recordedAt().isAfter(asOf))
                .toList();
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
