package org.trustledger.domain.party;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.trustledger.domain.party.PartyEvent.PersonalDataErased;
import org.trustledger.domain.party.PartyEvent.PersonalDataRequestAnswered;
import org.trustledger.domain.party.PartyEvent.PersonalDataRequestRefused;
import org.trustledger.domain.party.PartyEvent.PersonalDataRequested;

/**
 * A person's requests about their personal data and the answers to them, as a party's history records them: a request
 * is answered by a refusal or an answer naming it, and a request to stop use or erase also by the first erasure recorded after it.
 * Read from a state holding every entry, as a whole history folds it.
 */
public final class PersonalDataRequests {
    private PersonalDataRequests() {}

    /**
     * One request that still counts.
     *
     * @param sequence its entry
     * @param answeredBy the entry that answered it, or null while none has
     */
    public record Request(
            long sequence, PersonalDataRequestKind kind, Channel channel, LocalDate receivedOn, Long answeredBy) {
        public boolean open() {
            return answeredBy == null;
        }
    }

    /** Every request that still counts, oldest first, each with its answer if it has one. */
    public static List<Request> of(PartyState state) {
        Map<Long, Long> answers = new HashMap<>();
        Long erasure = null;
        List<Request> requests = new ArrayList<>();
        // Walked newest first, so that each request meets the first answer recorded after it.
        for (long s = state.eventCount(); s >= 1; s--) {
            if (!state.counts(s)) {
                continue;
            }
            switch (state.entries().get(s)) {
                case PersonalDataRequestRefused r -> answers.put(r.request(), s);
                case PersonalDataRequestAnswered a -> answers.put(a.request(), s);
                case PersonalDataErased e -> {
                    // The party's own person erased answers every request to erase; anyone else's, only the one named.
                    if (e.ofParty()) {
                        erasure = s;
                    } else if (e.request() != null) {
                        answers.put(e.request(), s);
                    }
                }
                case PersonalDataRequested q -> {
                    Long answer = answers.get(s);
                    if (answer == null && q.kind() == PersonalDataRequestKind.ERASURE) {
                        answer = erasure;
                    }
                    requests.addFirst(new Request(s, q.kind(), q.channel(), q.receivedOn(), answer));
                }
                default -> {
                    // not about a person's data
                }
            }
        }
        return List.copyOf(requests);
    }

    /** The request recorded as entry {@code sequence}, if that entry is one that still counts. */
    public static Optional<Request> find(PartyState state, long sequence) {
        return of(state).stream().filter(r -> r.sequence() == sequence).findFirst();
    }

    /** The requests no entry has answered yet, oldest first. */
    public static List<Request> open(PartyState state) {
        return of(state).stream().filter(Request::open).toList();
    }

    /** The entry that erased the data of the person the party is, if it was erased. */
    public static Optional<Long> erasure(PartyState state) {
        return erasure(state, null);
    }

    /** The entry that erased {@code person}'s data on the party (null: the person the party is), if it was erased. */
    public static Optional<Long> erasure(PartyState state, PersonId person) {
        for (long s = 1; s <= state.eventCount(); s++) {
            if (state.entries().get(s) instanceof PersonalDataErased e && Objects.equals(e.person(), person)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
