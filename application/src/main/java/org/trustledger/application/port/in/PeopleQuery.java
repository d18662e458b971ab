package org.trustledger.application.port.in;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.trustledger.domain.identity.PhoneNumber;
import org.trustledger.domain.party.DetailChange;
import org.trustledger.domain.party.PartyDetails;
import org.trustledger.domain.party.PartyId;
import org.trustledger.domain.party.PartyKind;
import org.trustledger.domain.party.PartyPeople.Role;
import org.trustledger.domain.party.PersonId;

/**
 * Finds the people whose data the shop holds, and tells everything it holds of one of them (開示): a person's right
 * under the Act on the Protection of Personal Information.
 */
public interface PeopleQuery {
    /** The fewest letters of a name a search takes: one character finds half the ledger. */
    int MIN_NAME_LENGTH = 2;

    /** The most people one search answers. */
    int MAX_FOUND = 50;

    /**
     * The people a name or a number finds, folded as screening folds them (width, kana, spaces, titles; a number in any
     * notation), the most recently seen first.
     *
     * @throws org.trustledger.domain.InvalidValueException when {@code q} is blank, or neither a number nor a name of
     *     {@link #MIN_NAME_LENGTH} letters
     */
    List<PersonFound> find(String q);

    /** Everything the shop holds of the person; empty when it holds nothing of anyone by that id. */
    Optional<Disclosure> disclose(PersonId person);

    /** A party a person appears on, by its name today. */
    record PartyRef(PartyId partyId, String name, PartyKind kind) {}

    /**
     * A person a search found.
     *
     * @param names the names they were written with, most recent first
     * @param phones the numbers they gave
     * @param lastSeenAt when the latest entry naming them was recorded
     */
    record PersonFound(
            PersonId personId,
            List<String> names,
            List<PhoneNumber> phones,
            Set<Role> roles,
            List<PartyRef> parties,
            int entries,
            Instant lastSeenAt) {}

    /**
     * What the shop holds of a person.
     *
     * @param privateCustomer whether the person is a private customer, whose party's every entry is about them
     * @param erasedAt when their data was erased, or null
     * @param names the names they were written with
     * @param phones the numbers they gave
     * @param details a private customer's details as they stand; null for anyone else
     * @param entries every entry naming them, oldest first, with who recorded it and when
     * @param corrections every change an amendment made to a private customer's details, with both values
     */
    record Disclosure(
            PersonId personId,
            boolean privateCustomer,
            Instant erasedAt,
            List<String> names,
            List<PhoneNumber> phones,
            PartyDetails details,
            List<DisclosedEntry> entries,
            List<Correction> corrections) {}

    /**
     * An entry naming the person.
     *
     * @param roles in what capacity it names them
     * @param retractedBy the sequence of the entry that withdrew it, or null
     */
    record DisclosedEntry(PartyRef party, Set<Role> roles, HistoryEntry entry, Long retractedBy) {}

    /**
     * A correction (訂正): a field of the details an amendment changed, with the value before it, since when that value
     * was held, and the value after it.
     *
     * @param since the entry that recorded the earlier value, and when
     * @param sequence the amendment's sequence
     */
    record Correction(
            PartyId partyId,
            DetailChange.Field field,
            List<String> before,
            long sinceSequence,
            Instant since,
            List<String> after,
            long sequence,
            Instant correctedAt,
            String correctedBy) {}
}
