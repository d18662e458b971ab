package org.trustledger.adapters.persistence.eventstore;

import java.util.stream.Collectors;
import org.axonframework.serialization.SerializationException;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.trustledger.domain.party.PartyEventTypes;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;

/**
 * Stores events as JSON under their stable names from {@link PartyEventTypes} instead of Java class names, so that
 * moving or renaming an event class never orphans stored history, with the revision of their shape beside the name.
 *
 * <p>Reading is strict: a field the event does not have (unknown, or renamed since) and a field it requires but the
 * stored JSON lacks both fail, naming the stored type, its revision and the field, rather than being dropped or read
 * as null. Values are rebuilt through their canonical constructors, which take what was stored without today's
 * rules.
 */
public class StableNameEventSerializer extends Jackson3Serializer {
    private static final Logger LOG = LoggerFactory.getLogger(StableNameEventSerializer.class);

    /** The serializer of party events, strict and revision-aware. */
    public static StableNameEventSerializer strict() {
        return new StableNameEventSerializer(Jackson3Serializer.builder()
                .revisionResolver(new StoredEventRevisions())
                .jsonMapperBuilderCustomizer(mapper -> mapper.annotationIntrospector(new StrictStoredShapes())
                        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)));
    }

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

    @Override
    public <S, T> T deserialize(SerializedObject<S> serializedObject) {
        try {
            return super.deserialize(serializedObject);
        } catch (SerializationException e) {
            SerializationException unreadable = unreadable(serializedObject, e);
            // Loud where operators look: a stored row that no longer reads is history nobody can see.
            LOG.error(unreadable.getMessage());
            throw unreadable;
        }
    }

    private static SerializationException unreadable(SerializedObject<?> serializedObject, SerializationException e) {
        SerializedType type = serializedObject.getType();
        String where = serializedObject instanceof LocatingUpcaster.Located located ? " at " + located.location() : "";
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof JacksonException jackson) {
                String field = jackson.getPath().stream()
                        .map(reference -> reference.getPropertyName() != null
                                ? reference.getPropertyName()
                                : "[" + reference.getIndex() + "]")
                        .collect(Collectors.joining("."))
                        .replace(".[", "[");
                return new SerializationException(
                        "stored event " + type.getName() + " (revision " + type.getRevision() + ")" + where
                                + " does not read"
                                + (field.isEmpty() ? "" : " at field '" + field + "'") + ": "
                                + jackson.getOriginalMessage(),
                        e);
            }
        }
        return new SerializationException(
                "stored event " + type.getName() + " (revision " + type.getRevision() + ")" + where + " does not read",
                e);
    }
}
