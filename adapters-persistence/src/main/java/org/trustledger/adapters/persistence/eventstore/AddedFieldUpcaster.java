package org.trustledger.adapters.persistence.eventstore;

import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads an event stored before its type gained a field that has no value in the old entries: the field is absent, so
 * it is filled in as null and the event read at the next revision. The stored row is never rewritten; this runs each
 * time the row is read.
 */
final class AddedFieldUpcaster extends SingleEventUpcaster {
    private final SimpleSerializedType before;
    private final SimpleSerializedType after;
    private final String field;

    /**
     * @param type the event's stored name
     * @param from the revision stored without the field (null for the first)
     * @param to the revision that has it
     */
    AddedFieldUpcaster(String type, String from, String to, String field) {
        this.before = new SimpleSerializedType(type, from);
        this.after = new SimpleSerializedType(type, to);
        this.field = field;
    }

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return before.equals(representation.getType());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(after, ObjectNode.class, event -> event.putNull(field));
    }
}
