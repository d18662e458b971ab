package org.trustledger.adapters.persistence.eventstore;

import java.util.Set;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a {@code PartyRegistered} or {@code PartyAmended} stored before a party's e-mail addresses and web domains were
 * kept: it had none, so its details are filled in with empty lists. The stored row is never rewritten; this runs each
 * time the row is read.
 */
final class PartyDetailsChannelsUpcaster extends SingleEventUpcaster {
    private static final Set<String> TYPES = Set.of("PartyRegistered", "PartyAmended");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return TYPES.contains(representation.getType().getName())
                && representation.getType().getRevision() == null;
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        String name = representation.getType().getName();
        return representation.upcastPayload(
                new SimpleSerializedType(name, StoredEventRevisions.PARTY_DETAILS_WITH_CHANNELS),
                ObjectNode.class,
                event -> {
                    JsonNode details = event.get("details");
                    if (details instanceof ObjectNode object) {
                        if (!object.has("emails")) {
                            object.putArray("emails");
                        }
                        if (!object.has("websites")) {
                            object.putArray("websites");
                        }
                    }
                    return event;
                });
    }
}
