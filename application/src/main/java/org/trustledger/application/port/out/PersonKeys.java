package org.trustledger.application.port.out;

import java.time.Instant;
import java.util.Optional;
import org.trustledger.domain.party.PartyId;
import org.trustledger.domain.party.PersonId;

/**
 * The keys each person's personal data is stored encrypted with, one per person, kept only wrapped by a master key
 * that never enters the database: destroying a person's key makes what was encrypted with it unreadable for good.
 */
public interface PersonKeys {

    /** When the person's key was made and, once destroyed, when; empty when nothing of theirs was ever encrypted. */
    Optional<PersonKey> find(PersonId person);

    /** Destroys the person's key; destroying a destroyed key changes nothing. */
    void destroy(PersonId person, Instant at);

    /**
     * How many of the person's stored entries hold personal data in plaintext, because they were stored before their
     * data was encrypted: erasing the key does not reach them, and stored entries are never rewritten.
     */
    int entriesInPlaintext(PartyId person);

    /**
     * Whether entry {@code sequence} of the party holds the person's values encrypted with the person's own key, so
     * that destroying it erases them there; not for an entry stored before callers and representatives had keys of
     * their own, nor for one on a private customer's party, whose callers are encrypted with the customer's key.
     */
    boolean holdsUnderOwnKey(PersonId person, PartyId party, long sequence);

    /**
     * A person's key as far as anyone may know it: never its bytes.
     *
     * @param destroyedAt null while the key exists
     */
    record PersonKey(Instant createdAt, Instant destroyedAt) {}
}
