package org.trustledger.adapters.persistence.rebuild;

import java.time.Instant;
import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.trustledger.adapters.persistence.party.JdbcPartyIdentityIndex;
import org.trustledger.adapters.persistence.party.JdbcPartyViews;
import org.trustledger.adapters.persistence.people.JdbcPeopleIndex;
import org.trustledger.adapters.persistence.trust.JdbcTrustViews;
import org.trustledger.application.port.in.PageResult;
import org.trustledger.application.port.in.PartySearch;
import org.trustledger.application.port.in.PartyView;
import org.trustledger.application.port.out.PartyIdentityIndex;
import org.trustledger.application.port.out.PartyIdentityIndexWriter;
import org.trustledger.application.port.out.PartyViews;
import org.trustledger.application.port.out.PeopleIndex;
import org.trustledger.application.port.out.ReadModelShadow;
import org.trustledger.application.port.out.TrustViews;
import org.trustledger.domain.party.PartyDetails;
import org.trustledger.domain.party.PartyId;
import org.trustledger.domain.party.PartyPeople.Appearance;
import org.trustledger.domain.party.PersonId;
import org.trustledger.domain.trust.TrustAssessment;

/**
 * The rebuild's generation behind the read-model ports, through the same JDBC adapters as the serving one, with writes
 * kept back and sent a few hundred rows to a statement: nobody else writes this generation until the switch, so a view
 * kept back, or written lately, is read from here, and the index is read only after a flush.
 */
final class BufferedTables implements ReadModelShadow.Tables {
    /** Views remembered after they are written: parties recording at the same time come back within a few pages. */
    static final int REMEMBERED_VIEWS = 20_000;
    /** Details whose row columns are remembered: as many as parties recording at the same time, and more. */
    static final int REMEMBERED_DETAILS = 4_096;

    private final JdbcPartyViews views;
    private final JdbcPartyIdentityIndex index;
    private final JdbcTrustViews trust;
    private final JdbcPeopleIndex people;
    private final Map<PartyId, PartyView> pendingViews = new LinkedHashMap<>();
    private final Map<PartyId, PartyView> writtenViews = new LinkedHashMap<>(1_024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<PartyId, PartyView> eldest) {
            return size() > REMEMBERED_VIEWS;
        }
    };
    /**
     * The row columns worked out from details written lately: a party recording again keeps its details, and working
     * them out (normalising its name and numbers, its details as JSON) cost a rebuild a fifth of its replay.
     */
    private final Map<PartyDetails, JdbcPartyViews.DetailsColumns> detailsColumns =
            new LinkedHashMap<>(1_024, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<PartyDetails, JdbcPartyViews.DetailsColumns> eldest) {
                    return size() > REMEMBERED_DETAILS;
                }
            };
    /** Each (party, key) kept back: a filing to file it (current or former), null to take it out; the last counts. */
    private final Map<Map.Entry<PartyId, String>, Optional<JdbcPartyIdentityIndex.Filing>> pendingKeys =
            new LinkedHashMap<>();

    private final Map<PartyId, JdbcTrustViews.Assessed> pendingTrust = new LinkedHashMap<>();
    private final List<JdbcPeopleIndex.Row> pendingPeople = new ArrayList<>();

    BufferedTables(JdbcPartyViews views, JdbcPartyIdentityIndex index, JdbcTrustViews trust, JdbcPeopleIndex people) {
        this.views = views;
        this.index = index;
        this.trust = trust;
        this.people = people;
    }

    @Override
    public PartyViews partyViews() {
        return new PartyViews() {
            @Override
            public Optional<PartyView> find(PartyId partyId) {
                PartyView known = pendingViews.get(partyId);
                if (known == null) {
                    known = writtenViews.get(partyId);
                }
                return known != null ? Optional.of(known) : views.find(partyId);
            }

            @Override
            public void save(PartyView view) {
                pendingViews.put(view.partyId(), view);
            }

            @Override
            public PageResult<PartyView> search(PartySearch search) {
                flush();
                return views.search(search);
            }
        };
    }

    @Override
    public PartyIdentityIndex identityIndex() {
        return (keys, limitPerKey) -> {
            flush();
            return index.lookup(keys, limitPerKey);
        };
    }

    @Override
    public PartyIdentityIndexWriter identityIndexWriter() {
        return new PartyIdentityIndexWriter() {
            @Override
            public void add(PartyId party, Set<String> keys) {
                keys.forEach(key -> pendingKeys.put(
                        new SimpleImmutableEntry<>(party, key),
                        Optional.of(new JdbcPartyIdentityIndex.Filing(party, key, null))));
            }

            @Override
            public void retire(PartyId party, Set<String> keys, Instant until) {
                keys.forEach(key -> pendingKeys.put(
                        new SimpleImmutableEntry<>(party, key),
                        Optional.of(new JdbcPartyIdentityIndex.Filing(party, key, until))));
            }

            @Override
            public void remove(PartyId party, Set<String> keys) {
                keys.forEach(key -> pendingKeys.put(new SimpleImmutableEntry<>(party, key), Optional.empty()));
            }

            @Override
            public void removeAll(PartyId party) {
                // What is kept back is dropped and what was written is deleted now: nobody else writes this generation.
                pendingKeys.keySet().removeIf(filed -> filed.getKey().equals(party));
                index.removeAll(party);
            }
        };
    }

    @Override
    public TrustViews trustViews() {
        return new TrustViews() {
            @Override
            public void save(PartyId partyId, TrustAssessment assessment, Instant assessedAt) {
                pendingTrust.put(partyId, new JdbcTrustViews.Assessed(partyId, assessment, assessedAt));
            }

            @Override
            public Optional<StoredAssessment> find(PartyId partyId) {
                flush();
                return trust.find(partyId);
            }

            @Override
            public List<PartyId> partyIds(int offset, int limit) {
                flush();
                return trust.partyIds(offset, limit);
            }
        };
    }

    @Override
    public PeopleIndex peopleIndex() {
        return new PeopleIndex() {
            @Override
            public void file(PartyId party, long sequence, Instant recordedAt, List<Appearance> named) {
                pendingPeople.addAll(people.rows(party, sequence, recordedAt, named));
            }

            @Override
            public void forget(PartyId party) {
                // What was kept back for the party is written first, so that it is forgotten in order.
                flush();
                people.forget(party);
            }

            @Override
            public void forget(PersonId person, PartyId party) {
                flush();
                people.forget(person, party);
            }

            @Override
            public List<PersonId> search(String nameKey, String e164, int limit) {
                flush();
                return people.search(nameKey, e164, limit);
            }

            @Override
            public List<Filed> appearances(Collection<PersonId> persons) {
                flush();
                return people.appearances(persons);
            }
        };
    }

    @Override
    public List<PartyId> partyIds(PartyId after, int limit) {
        flush();
        return views.partyIds(after, limit);
    }

    @Override
    public void flush() {
        if (!pendingViews.isEmpty()) {
            views.saveAll(
                    pendingViews.values(),
                    details -> detailsColumns.computeIfAbsent(details, JdbcPartyViews.DetailsColumns::of));
            writtenViews.putAll(pendingViews);
            pendingViews.clear();
        }
        if (!pendingKeys.isEmpty()) {
            List<JdbcPartyIdentityIndex.Filing> added = new ArrayList<>();
            Map<PartyId, Set<String>> removed = new LinkedHashMap<>();
            pendingKeys.forEach((entry, file) -> {
                if (file.isPresent()) {
                    added.add(file.get());
                } else {
                    removed.computeIfAbsent(entry.getKey(), p -> new LinkedHashSet<>())
                            .add(entry.getValue());
                }
            });
            removed.forEach(index::remove);
            index.addAll(added);
            pendingKeys.clear();
        }
        if (!pendingTrust.isEmpty()) {
            trust.saveAll(pendingTrust.values());
            pendingTrust.clear();
        }
        if (!pendingPeople.isEmpty()) {
            people.fileAll(pendingPeople);
            pendingPeople.clear();
        }
    }
}
