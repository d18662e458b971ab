package org.trustledger.adapters.persistence.eventstore;

import org.trustledger.domain.party.PartyEvent;
import tools.jackson.databind.node.ObjectNode;

/**
 * Encrypts the personal values of an event as it is stored and decrypts them as it is read, each under the key of the
 * person they belong to; a value whose key was destroyed reads as erased. The event's shape is unchanged: each
 * encrypted text stands in its place as an object {@code {"@person": id, "@sealed": ciphertext}}.
 */
public interface PersonalFields {
    /** The field of an encrypted value holding its ciphertext, which no event's own field is ever named. */
    String SEALED = "@sealed";

    /** The field of an encrypted value naming the person whose key it is encrypted with. */
    String PERSON = "@person";

    /**
     * Encrypts in place the personal values of {@code event} in its stored form {@code tree}, if it holds any.
     *
     * @return whether any value was encrypted
     */
    boolean seal(PartyEvent event, ObjectNode tree);

    /** Decrypts in place each encrypted value of a stored event, or writes the erased mark where its key is gone. */
    void open(ObjectNode event);
}
