package org.trustledger.adapters.web.party;

import java.util.ArrayList;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.trustledger.domain.party.PartyEvent;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Shows an event's content as plain JSON: value objects such as yen amounts and names become their single value,
 * and the party id and time, already on the history entry, are left out.
 */
@Component
public class EventDataMapper {
    private final ObjectMapper json;

    public EventDataMapper(ObjectMapper json) {
        this.json = json;
    }

    public JsonNode data(PartyEvent event) {
        ObjectNode node = json.valueToTree(event);
        node.remove("partyId");
        node.remove("recordedAt");
        for (Map.Entry<String, JsonNode> field : new ArrayList<>(node.properties())) {
            node.set(field.getKey(), unwrap(field.getValue()));
        }
        return node;
    }

    /** A nested object with one field is a value object: show the value. */
    private static JsonNode unwrap(JsonNode node) {
        if (node instanceof ObjectNode object) {
            if (object.size() == 1) {
                return unwrap(object.properties().iterator().next().getValue());
            }
            for (Map.Entry<String, JsonNode> field : new ArrayList<>(object.properties())) {
                object.set(field.getKey(), unwrap(field.getValue()));
            }
            return object;
        }
        if (node.isArray()) {
            var array = node.deepCopy();
            for (int i = 0; i < array.size(); i++) {
                ((tools.jackson.databind.node.ArrayNode) array).set(i, unwrap(array.get(i)));
            }
            return array;
        }
        return node;
    }
}
