package org.trustledger.adapters.persistence.eventstore;

import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a {@code TroubleLogged} stored before staff could add their own note on its category: the note is absent, so
 * it is filled in as none. The stored row is never rewritten; this runs each time the row is read.
 */
final class TroubleLoggedStaffNoteUpcaster extends SingleEventUpcaster {
    private static final SimpleSerializedType WITHOUT_NOTE = new SimpleSerializedType("TroubleLogged", null);
    private static final SimpleSerializedType WITH_NOTE =
            new SimpleSerializedType("TroubleLogged", StoredEventRevisions.TROUBLE_LOGGED_WITH_STAFF_NOTE);

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return WITHOUT_NOTE.equals(representation.getType());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(WITH_NOTE, ObjectNode.class, trouble -> trouble.putNull("staffNote"));
    }
}
