package org.trustledger.application.port.out;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.trustledger.domain.party.PartyId;
import org.trustledger.domain.party.PartyPeople.Appearance;
import org.trustledger.domain.party.PartyPeople.Role;
import org.trustledger.domain.party.PersonId;

/**
 * The people the ledger's entries name, one row an appearance, by which a person is found and told what the shop
 * holds of them; a read model, kept by the people projection and rebuilt with the others. It holds a person's name and
 * numbers only while their entries can be read: an erased person's rows are forgotten.
 */
public interface PeopleIndex {

    /**
     * Files the people entry {@code sequence} of {@code party} names; a private customer under their party's id, anyone
     * else under an id made from their identity that does not reveal it. Filing an entry again changes nothing.
     */
    void file(PartyId party, long sequence, Instant recordedAt, List<Appearance> people);

    /** Forgets every appearance on the party's entries, as when the private customer it is was erased. */
    void forget(PartyId party);

    /** Forgets the person's appearances on the party's entries, as when that person's data was erased there. */
    void forget(PersonId person, PartyId party);

    /**
     * The people whose folded name or its reading holds {@code nameKey}, or who gave the number {@code e164}, the most
     * recently seen first; either may be null.
     */
    List<PersonId> search(String nameKey, String e164, int limit);

    /** Every appearance of these people, oldest first. */
    List<Filed> appearances(Collection<PersonId> people);

    /**
     * One appearance as filed.
     *
     * @param name the name as written, null when none was given
     * @param phones the base numbers given, in E.164
     */
    record Filed(
            PersonId person,
            PartyId party,
            long sequence,
            Role role,
            String name,
            List<String> phones,
            Instant recordedAt) {
        public Filed {
            phones = List.copyOf(phones);
        }
    }
}
