package org.trustledger.adapters.persistence.eventstore;

import java.util.Map;
import org.axonframework.serialization.RevisionResolver;
import org.trustledger.domain.party.PartyEvent;

/**
 * The revision of each stored event type's current shape, stored beside its name. An event type whose shape never
 * changed has no revision (null), as every event stored before revisions were kept; each change of shape gives the type
 * a new revision and an upcaster from the one before.
 */
final class StoredEventRevisions implements RevisionResolver {
    /** {@code TroubleLogged} gained {@code staffNote}, the staff member's own note on the category. */
    static final String TROUBLE_LOGGED_WITH_STAFF_NOTE = "2";

    /**
     * {@code RelationshipTerminated} and {@code RelationshipReinstated} gained {@code cause} and {@code otherParty}, and
     * their reason holds only the manager's own words, no sentence of the product's.
     */
    static final String RELATIONSHIP_WITH_CAUSE = "2";

    /** {@code RenameConfirmed}'s reason holds only the manager's own words, no sentence naming the renamed party. */
    static final String RENAME_CONFIRMED_WORDS_ONLY = "2";

    /** {@code PartyRegistered} and {@code PartyAmended} gained the party's {@code emails} and {@code websites}. */
    static final String PARTY_DETAILS_WITH_CHANNELS = "2";

    /** {@code PersonalDataErased} gained {@code request}, the entry of the person's request it answers. */
    static final String ERASURE_WITH_REQUEST = "2";

    /** {@code PersonalDataErased} gained {@code person}: a caller or representative erased, or null for the party's own. */
    static final String ERASURE_OF_NAMED_PERSON = "3";

    private static final Map<Class<?>, String> CURRENT = Map.of(
            PartyEvent.TroubleLogged.class, TROUBLE_LOGGED_WITH_STAFF_NOTE,
            PartyEvent.RelationshipTerminated.class, RELATIONSHIP_WITH_CAUSE,
            PartyEvent.RelationshipReinstated.class, RELATIONSHIP_WITH_CAUSE,
            PartyEvent.RenameConfirmed.class, RENAME_CONFIRMED_WORDS_ONLY,
            PartyEvent.PartyRegistered.class, PARTY_DETAILS_WITH_CHANNELS,
            PartyEvent.PartyAmended.class, PARTY_DETAILS_WITH_CHANNELS,
            PartyEvent.PersonalDataErased.class, ERASURE_OF_NAMED_PERSON);

    @Override
    public String revisionOf(Class<?> payloadType) {
        return CURRENT.get(payloadType);
    }
}
