package org.trustledger.adapters.web.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.trustledger.application.port.in.PeopleQuery;
import org.trustledger.domain.InvalidValueException;
import org.trustledger.domain.party.PersonId;

/** Stands in for the people index: the people and disclosures a test puts in, refusing a query as the core does. */
public final class FakePeople implements PeopleQuery {
    private final List<PersonFound> found = new CopyOnWriteArrayList<>();
    private final Map<PersonId, Disclosure> disclosures = new ConcurrentHashMap<>();
    private final List<String> asked = new CopyOnWriteArrayList<>();

    public void put(PersonFound person) {
        found.add(person);
    }

    public void put(Disclosure disclosure) {
        disclosures.put(disclosure.personId(), disclosure);
    }

    public List<String> asked() {
        return List.copyOf(asked);
    }

    public void reset() {
        found.clear();
        disclosures.clear();
        asked.clear();
    }

    @Override
    public List<PersonFound> find(String q) {
        asked.add(q);
        if (q == null || q.isBlank()) {
            throw new InvalidValueException("q", "q must be a name or a phone number", "error.people.query", Map.of());
        }
        if (q.strip().length() < MIN_NAME_LENGTH) {
            throw new InvalidValueException(
                    "q", "too short", "error.people.queryTooShort", Map.of("min", MIN_NAME_LENGTH));
        }
        return new ArrayList<>(found);
    }

    @Override
    public Optional<Disclosure> disclose(PersonId person) {
        return Optional.ofNullable(disclosures.get(person));
    }
}
