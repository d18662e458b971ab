package org.trustledger.adapters.persistence.eventstore;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.trustledger.domain.party.RelationshipCause;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a {@code RelationshipTerminated}, {@code RelationshipReinstated} or {@code RenameConfirmed} stored while the
 * product wrote English sentences with raw party ids into the reason: the product's own wording is recognised and
 * turned into the cause and the other party, and the manager's words, where the sentence carried them, stay the
 * reason. A reason in any other words is a manager's own decision, kept as it is. The stored row is never rewritten.
 *
 * <p>The wordings are exactly those the product wrote, from the decider and the rename pairs, and nothing looser: a
 * manager's own words that only resemble them are not to be taken apart.
 */
final class ProseToFactsUpcaster extends SingleEventUpcaster {
    private static final String UUID = "([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})";

    /** {@code "confirmed rename of party " + linkedParty + ": " + reason}, on the renamed party's termination. */
    private static final Pattern CONFIRMED_RENAME =
            Pattern.compile("confirmed rename of party " + UUID + ": (.*)", Pattern.DOTALL);

    /** {@code "terminated together with party " + id + ", confirmed as the same business"}, on its pair's. */
    private static final Pattern TERMINATED_TOGETHER =
            Pattern.compile("terminated together with party " + UUID + ", confirmed as the same business");

    /** {@code "reinstated together with party " + id + ", confirmed as the same business"}, on its pair's. */
    private static final Pattern REINSTATED_TOGETHER =
            Pattern.compile("reinstated together with party " + UUID + ", confirmed as the same business");

    /** {@code "confirmed as party " + renamedParty + " under another name: " + reason}, on the original party. */
    private static final Pattern CONFIRMED_AS =
            Pattern.compile("confirmed as party " + UUID + " under another name: (.*)", Pattern.DOTALL);

    private static final String TERMINATED = "RelationshipTerminated";
    private static final String REINSTATED = "RelationshipReinstated";
    private static final String RENAME_CONFIRMED = "RenameConfirmed";

    private static final Map<String, String> NEXT_REVISION = Map.of(
            TERMINATED, StoredEventRevisions.RELATIONSHIP_WITH_CAUSE,
            REINSTATED, StoredEventRevisions.RELATIONSHIP_WITH_CAUSE,
            RENAME_CONFIRMED, StoredEventRevisions.RENAME_CONFIRMED_WORDS_ONLY);

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return representation.getType().getRevision() == null
                && NEXT_REVISION.containsKey(representation.getType().getName());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        String type = representation.getType().getName();
        return representation.upcastPayload(
                new SimpleSerializedType(type, NEXT_REVISION.get(type)),
                ObjectNode.class,
                event -> type.equals(RENAME_CONFIRMED) ? renameConfirmed(event) : relationship(type, event));
    }

    private static ObjectNode relationship(String type, ObjectNode event) {
        String reason = text(event.get("reason"));
        Matcher rename = type.equals(TERMINATED) && reason != null ? CONFIRMED_RENAME.matcher(reason) : null;
        Matcher together = reason == null
                ? null
                : (type.equals(TERMINATED) ? TERMINATED_TOGETHER : REINSTATED_TOGETHER).matcher(reason);
        // The fields are written in the order of the record's components, as today's events are stored.
        ObjectNode upcast = event.objectNode();
        upcast.set("partyId", event.get("partyId"));
        if (rename != null && rename.matches()) {
            upcast.put("cause", RelationshipCause.CONFIRMED_RENAME.name());
            upcast.set("otherParty", partyId(upcast, rename.group(1)));
            upcast.put("reason", rename.group(2));
        } else if (together != null && together.matches()) {
            upcast.put("cause", RelationshipCause.SAME_BUSINESS.name());
            upcast.set("otherParty", partyId(upcast, together.group(1)));
            // The pair rule's sentence carried no words of the manager's.
            upcast.putNull("reason");
        } else {
            upcast.put("cause", RelationshipCause.MANAGER_DECISION.name());
            upcast.putNull("otherParty");
            upcast.set("reason", event.get("reason"));
        }
        upcast.set("recordedAt", event.get("recordedAt"));
        return upcast;
    }

    private static ObjectNode renameConfirmed(ObjectNode event) {
        String reason = text(event.get("reason"));
        Matcher sentence = reason == null ? null : CONFIRMED_AS.matcher(reason);
        // Only the sentence that names this very renamed party is the product's; anything else is the manager's.
        if (sentence != null
                && sentence.matches()
                && sentence.group(1).equals(text(event.path("renamedParty").get("value")))) {
            event.put("reason", sentence.group(2));
        }
        return event;
    }

    private static JsonNode partyId(ObjectNode factory, String uuid) {
        return factory.objectNode().put("value", uuid);
    }

    private static String text(JsonNode node) {
        return node == null || !node.isString() ? null : node.asString();
    }
}
