package org.trustledger.adapters.telephony;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import org.trustledger.application.port.out.CallLog;
import org.trustledger.domain.party.PartyId;

/**
 * The call log in memory, newest calls kept, oldest forgotten: calls are no part of the ledger, and a restart losing
 * the last hours of rings costs nothing that matters. A shared log for several nodes would implement the same port.
 */
class InMemoryCallLog implements CallLog {
    private final int capacity;
    private final LinkedHashMap<String, LoggedCall> calls = new LinkedHashMap<>();

    InMemoryCallLog(int capacity) {
        this.capacity = capacity;
    }

    @Override
    public synchronized boolean add(LoggedCall call) {
        if (calls.containsKey(call.callId())) {
            return false;
        }
        calls.put(call.callId(), call);
        while (calls.size() > capacity) {
            calls.remove(calls.firstEntry().getKey());
        }
        return true;
    }

    @Override
    public synchronized List<LoggedCall> recent(int limit) {
        List<LoggedCall> newest = new ArrayList<>(calls.sequencedValues().reversed());
        // Newest first by the time the phone system gave, arrival order breaking ties.
        newest.sort((a, b) -> b.at().compareTo(a.at()));
        return List.copyOf(newest.subList(0, Math.min(limit, newest.size())));
    }

    @Override
    public synchronized Optional<LoggedCall> find(String callId) {
        return Optional.ofNullable(calls.get(callId));
    }

    @Override
    public synchronized Optional<LoggedCall> taken(String callId, String takenBy, PartyId recordedOn) {
        return Optional.ofNullable(calls.computeIfPresent(callId, (id, call) -> call.takenBy(takenBy, recordedOn)));
    }
}
