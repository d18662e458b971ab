package org.trustledger.benchmarks;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.trustledger.application.port.in.PartyView;
import org.trustledger.application.port.out.PartyHistories;
import org.trustledger.domain.party.PartyId;
import org.trustledger.domain.screening.ScreeningRequest;
import org.trustledger.domain.trust.SequencedEvent;

/**
 * A generated ledger: each party's read-model view and its event history, and the calls the benchmarks screen against
 * it. The same size always gives the same ledger, so two runs, or the index and the scan, see the same parties.
 */
final class Ledger {
    /** The moment every call is screened at; all histories end before it. */
    static final Instant NOW = Instant.parse("2026-06-01T01:00:00Z");

    /** A party as the projection would have stored it, and the events it was projected from. */
    record Party(PartyView view, List<SequencedEvent> history) {}

    /** Each kind of call the benchmarks screen, many different callers of each, taken in turn. */
    record Calls(
            List<ScreeningRequest> knownPartyPhone,
            List<ScreeningRequest> renamedPartyAddress,
            List<ScreeningRequest> unknownCaller,
            List<ScreeningRequest> nameOnly) {}

    private final List<Party> parties;
    private final Calls calls;
    private final Map<PartyId, List<SequencedEvent>> histories = new HashMap<>();

    Ledger(List<Party> parties, Calls calls) {
        this.parties = List.copyOf(parties);
        this.calls = calls;
        parties.forEach(p -> histories.put(p.view().partyId(), p.history()));
    }

    static Ledger generate(int size) {
        return new LedgerGenerator(size).generate();
    }

    List<Party> parties() {
        return parties;
    }

    Calls calls() {
        return calls;
    }

    /**
     * The event store's read of one party's history, from memory. In the product it is a keyed read of one aggregate's
     * events (an indexed range in the event table); the benchmarks measure finding the candidates, not that read.
     */
    PartyHistories histories() {
        return partyId -> histories.getOrDefault(partyId, List.of());
    }
}
