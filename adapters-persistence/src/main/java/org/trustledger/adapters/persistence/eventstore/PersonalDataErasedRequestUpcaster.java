package org.trustledger.adapters.persistence.eventstore;

import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a {@code PersonalDataErased} stored before a person's requests were recorded: it answers none, so the request
 * is filled in as none. The stored row is never rewritten; this runs each time the row is read.
 */
final class PersonalDataErasedRequestUpcaster extends SingleEventUpcaster {
    private static final SimpleSerializedType WITHOUT_REQUEST = new SimpleSerializedType("PersonalDataErased", null);
    private static final SimpleSerializedType WITH_REQUEST =
            new SimpleSerializedType("PersonalDataErased", StoredEventRevisions.ERASURE_WITH_REQUEST);

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return WITHOUT_REQUEST.equals(representation.getType());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(WITH_REQUEST, ObjectNode.class, erasure -> erasure.putNull("request"));
    }
}
