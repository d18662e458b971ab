package org.trustledger.adapters.persistence.eventstore;

import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.trustledger.domain.party.PartyEventTypes;

/**
 * Stores events as JSON under their stable names from {@link PartyEventTypes} instead of Java class names, so that
 * moving or renaming an event class never orphans stored history.
 */
public class StableNameEventSerializer extends Jackson3Serializer {

    public StableNameEventSerializer(Builder builder) {
        super(builder);
    }

    @Override
    public SerializedType typeForClass(Class type) {
        return PartyEventTypes.nameOf(type)
                .<SerializedType>map(name ->
                        new SimpleSerializedType(name, getRevisionResolver().revisionOf(type)))
                .orElseGet(() -> super.typeForClass(type));
    }

    @Override
    protected String resolveClassName(SerializedType serializedType) {
        return PartyEventTypes.classOf(serializedType.getName())
                .map(Class::getName)
                .orElseGet(() -> super.resolveClassName(serializedType));
    }
}
