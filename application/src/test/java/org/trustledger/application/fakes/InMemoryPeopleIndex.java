package org.trustledger.application.fakes;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.trustledger.application.port.out.PeopleIndex;
import org.trustledger.domain.identity.PhoneNumber;
import org.trustledger.domain.party.PartyId;
import org.trustledger.domain.party.PartyPeople.Appearance;
import org.trustledger.domain.party.PersonId;

/** The people index in memory, with ids made from identities by a plain name-based UUID. */
public final class InMemoryPeopleIndex implements PeopleIndex {
    private record Row(Filed filed, String nameKey, String reading) {}

    private final List<Row> rows = new CopyOnWriteArrayList<>();

    @Override
    public synchronized void file(PartyId party, long sequence, Instant recordedAt, List<Appearance> people) {
        for (Appearance person : people) {
            PersonId id = person.identity() == null
                    ? PersonId.of(party)
                    : new PersonId(UUID.nameUUIDFromBytes(person.identity().getBytes(StandardCharsets.UTF_8)));
            Filed filed = new Filed(
                    id,
                    party,
                    sequence,
                    person.role(),
                    person.name(),
                    person.phones().stream().map(PhoneNumber::e164).toList(),
                    recordedAt);
            boolean known = rows.stream()
                    .anyMatch(r -> r.filed().person().equals(id)
                            && r.filed().party().equals(party)
                            && r.filed().sequence() == sequence
                            && r.filed().role() == person.role());
            if (!known) {
                rows.add(new Row(filed, person.key().value(), person.key().reading()));
            }
        }
    }

    @Override
    public void forget(PartyId party) {
        rows.removeIf(row -> row.filed().party().equals(party));
    }

    @Override
    public void forget(PersonId person, PartyId party) {
        rows.removeIf(
                row -> row.filed().party().equals(party) && row.filed().person().equals(person));
    }

    @Override
    public List<PersonId> search(String nameKey, String e164, int limit) {
        Map<PersonId, Instant> seen = rows.stream()
                .filter(row -> (nameKey != null
                                && !nameKey.isEmpty()
                                && (row.nameKey().contains(nameKey)
                                        || row.reading().contains(nameKey)))
                        || (e164 != null && row.filed().phones().contains(e164)))
                .collect(Collectors.toMap(
                        row -> row.filed().person(), row -> row.filed().recordedAt(), (a, b) -> a.isAfter(b) ? a : b));
        return seen.entrySet().stream()
                .sorted(Map.Entry.<PersonId, Instant>comparingByValue().reversed())
                .limit(limit)
                .map(Map.Entry::getKey)
                .toList();
    }

    @Override
    public List<Filed> appearances(Collection<PersonId> people) {
        return rows.stream()
                .map(Row::filed)
                .filter(filed -> people.contains(filed.person()))
                .sorted(Comparator.comparing(Filed::recordedAt)
                        .thenComparing(f -> f.party().toString())
                        .thenComparingLong(Filed::sequence))
                .toList();
    }

    /** Every row's party, for a test to see what is kept. */
    public List<PartyId> parties() {
        return rows.stream()
                .map(row -> row.filed().party())
                .filter(Objects::nonNull)
                .toList();
    }
}
