package org.trustledger.benchmarks;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.trustledger.application.port.out.PartyHistories;
import org.trustledger.application.port.out.PartyIdentityIndex;
import org.trustledger.application.port.out.PartyIdentityIndex.KeyMatch;
import org.trustledger.application.service.ScreeningService;
import org.trustledger.domain.identity.IdentityKeys;
import org.trustledger.domain.party.PartyId;
import org.trustledger.domain.screening.Screening;
import org.trustledger.domain.screening.ScreeningRequest;
import org.trustledger.domain.screening.Verdict;
import org.trustledger.domain.trust.TrustPolicy;
import org.trustledger.domain.trust.TrustPolicySettings;

/** The screening use case as the product wires it, over a given identity index, and checks on the generated calls. */
final class Screenings {
    private static final Logger LOG = LoggerFactory.getLogger(Screenings.class);

    /** ScreeningService's own limit of parties fetched per key. */
    private static final int PARTIES_PER_KEY = 50;
    /** Checking a call is a few index lookups; a few dozen calls of each kind cover crowded and lonely keys. */
    private static final int CHECKED_CALLS = 64;

    private Screenings() {}

    static ScreeningService service(PartyIdentityIndex index, Ledger ledger) {
        return service(index, ledger.histories());
    }

    /** The same, with histories read from somewhere else, such as the product's event store. */
    static ScreeningService service(PartyIdentityIndex index, PartyHistories histories) {
        return new ScreeningService(
                index,
                histories,
                new TrustPolicy(TrustPolicySettings.defaults()),
                new Screening(),
                // Only screen() is measured, and it never records; a call to record would measure something else.
                (command, recording) -> {
                    throw new UnsupportedOperationException("the benchmarks screen; they record nothing");
                });
    }

    /** Each kind of call by name, in the order the benchmarks list them. */
    static Map<String, List<ScreeningRequest>> byName(Ledger.Calls calls) {
        Map<String, List<ScreeningRequest>> byName = new LinkedHashMap<>();
        byName.put("knownPartyPhone", calls.knownPartyPhone());
        byName.put("renamedPartyAddress", calls.renamedPartyAddress());
        byName.put("unknownCaller", calls.unknownCaller());
        byName.put("nameOnly", calls.nameOnly());
        return byName;
    }

    /**
     * Fails setup unless the database files every party under exactly the keys {@link IdentityKeys} gives it — the same
     * number of rows in all, and the same parties under each key of the first calls of each kind. The scan baseline
     * works those keys out itself, so this also says that both benchmarks find the same candidates.
     */
    static void requireIndexAsKeysSay(
            PartyIdentityIndex index, long indexRows, List<Ledger.Party> parties, Ledger.Calls calls) {
        Map<String, List<PartyId>> expected = new HashMap<>();
        long rows = 0;
        for (Ledger.Party party : parties) {
            for (String key : IdentityKeys.of(party.view().details().identity())) {
                expected.computeIfAbsent(key, k -> new ArrayList<>())
                        .add(party.view().partyId());
                rows++;
            }
        }
        if (rows != indexRows) {
            throw new IllegalStateException("the index holds " + indexRows + " keys; the parties have " + rows);
        }
        byName(calls).forEach((name, requests) -> {
            for (ScreeningRequest request : requests.subList(0, CHECKED_CALLS)) {
                Set<String> keys = request.identity().indexKeys();
                List<KeyMatch> wanted = new ArrayList<>();
                for (String key : keys) {
                    List<PartyId> sharing = expected.getOrDefault(key, List.of());
                    if (!sharing.isEmpty()) {
                        wanted.add(new KeyMatch(key, sharing, sharing.size()));
                    }
                }
                Map<String, Object> fromIndex = comparable(index.lookup(keys, PARTIES_PER_KEY));
                if (!fromIndex.equals(comparable(wanted))) {
                    throw new IllegalStateException(
                            name + ": the index found " + fromIndex + " but the keys say " + comparable(wanted));
                }
            }
        });
    }

    /** Which of a crowded key's parties come first depends on the database's collation, so only its count counts. */
    private static Map<String, Object> comparable(List<KeyMatch> matches) {
        Map<String, Object> out = new TreeMap<>();
        for (KeyMatch match : matches) {
            out.put(
                    match.key(),
                    match.sharedBy() > PARTIES_PER_KEY
                            ? match.sharedBy()
                            : match.parties().stream().map(Object::toString).collect(Collectors.toSet()));
        }
        return out;
    }

    /**
     * Prints how many identity-index lookups and history reads the first calls of each kind make on average: what a call
     * asks of the database, which the machine's load does not change.
     */
    static void describeReads(PartyIdentityIndex index, PartyHistories histories, Ledger.Calls calls, int count) {
        AtomicLong lookups = new AtomicLong();
        AtomicLong reads = new AtomicLong();
        ScreeningService counted = service(
                (keys, limitPerKey) -> {
                    lookups.incrementAndGet();
                    return index.lookup(keys, limitPerKey);
                },
                partyId -> {
                    reads.incrementAndGet();
                    return histories.of(partyId);
                });
        byName(calls).forEach((name, requests) -> {
            lookups.set(0);
            reads.set(0);
            for (ScreeningRequest request : requests.subList(0, count)) {
                counted.screen(request, Ledger.NOW);
            }
            LOG.info(String.format(
                    "%-20s first %d calls: %.1f index lookups and %.1f history reads a call",
                    name, count, lookups.get() / (double) count, reads.get() / (double) count));
        });
    }

    /** Prints what the screening answers to the first calls of each kind, so a reader can see the calls are real. */
    static void describe(ScreeningService screening, Ledger.Calls calls, int count) {
        byName(calls).forEach((name, requests) -> {
            Map<Verdict, Integer> verdicts = new EnumMap<>(Verdict.class);
            int matches = 0;
            for (ScreeningRequest request : requests.subList(0, count)) {
                var result = screening.screen(request, Ledger.NOW);
                verdicts.merge(result.verdict(), 1, Integer::sum);
                matches += result.matches().size();
            }
            LOG.info(String.format(
                    "%-20s first %d calls: %s, %.1f matches a call", name, count, verdicts, matches / (double) count));
        });
    }
}
