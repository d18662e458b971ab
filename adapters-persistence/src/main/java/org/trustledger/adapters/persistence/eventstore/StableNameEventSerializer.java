package org.trustledger.adapters.persistence.eventstore;

import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import org.axonframework.serialization.SerializationException;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.trustledger.domain.party.PartyEvent;
import org.trustledger.domain.party.PartyEventTypes;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.node.ObjectNode;

/**
 * Stores events as JSON under their stable names from {@link PartyEventTypes} instead of Java class names, so that
 * moving or renaming an event class never orphans stored history, with the revision of their shape beside the name.
 *
 * <p>Reading is strict: a field the event does not have (unknown, or renamed since) and a field it requires but the
 * stored JSON lacks both fail, naming the stored type, its revision and the field, rather than being dropped or read
 * as null. Values are rebuilt through their canonical constructors, which take what was stored without today's
 * rules.
 *
 * <p>Given the {@link PersonalFields}, it stores the personal values of an event encrypted and reads them decrypted, or
 * erased; the event's class never sees either.
 */
public class StableNameEventSerializer extends Jackson3Serializer {
    private static final Logger LOG = LoggerFactory.getLogger(StableNameEventSerializer.class);

    private static final byte[] SEALED = PersonalFields.SEALED.getBytes(StandardCharsets.UTF_8);

    /** Null where no personal value is encrypted, as where no master key is at hand (the fixtures, the benchmarks). */
    private final PersonalFields personal;

    /** The serializer of party events, strict and revision-aware, storing every value as it is. */
    public static StableNameEventSerializer strict() {
        return new StableNameEventSerializer(strictBuilder(), null);
    }

    /** The serializer of party events, strict and revision-aware, storing personal values encrypted. */
    public static StableNameEventSerializer strict(PersonalFields personal) {
        return new StableNameEventSerializer(strictBuilder(), personal);
    }

    private static Builder strictBuilder() {
        return Jackson3Serializer.builder()
                .revisionResolver(new StoredEventRevisions())
                .jsonMapperBuilderCustomizer(mapper -> mapper.annotationIntrospector(new StrictStoredShapes())
                        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES));
    }

    public StableNameEventSerializer(Builder builder) {
        this(builder, null);
    }

    private StableNameEventSerializer(Builder builder, PersonalFields personal) {
        super(builder);
        this.personal = personal;
    }

    @Override
    public <T> SerializedObject<T> serialize(Object object, Class<T> expectedRepresentation) {
        if (personal == null || !(object instanceof PartyEvent)) {
            return super.serialize(object, expectedRepresentation);
        }
        SerializedType type = typeForClass(object.getClass());
        ObjectNode tree = getObjectMapper().valueToTree(object);
        if (!personal.seal((PartyEvent) object, tree)) {
            // Written exactly as without encryption, so an event holding nobody's data is stored as it always was.
            return super.serialize(object, expectedRepresentation);
        }
        byte[] bytes = getObjectMapper().writeValueAsBytes(tree);
        return getConverter().convert(new SimpleSerializedObject<>(bytes, byte[].class, type), expectedRepresentation);
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
            return super.deserialize(opened(serializedObject));
        } catch (SerializationException e) {
            SerializationException unreadable = unreadable(serializedObject, e);
            // Loud where operators look: a stored row that no longer reads is history nobody can see.
            LOG.error(unreadable.getMessage());
            throw unreadable;
        }
    }

    /** The stored event with its encrypted values decrypted, or marked erased; as it is when it holds none. */
    private SerializedObject<?> opened(SerializedObject<?> serializedObject) {
        if (personal == null
                || PartyEventTypes.classOf(serializedObject.getType().getName()).isEmpty()) {
            return serializedObject;
        }
        byte[] bytes = getConverter().convert(serializedObject, byte[].class).getData();
        if (!contains(bytes, SEALED)) {
            return serializedObject;
        }
        ObjectNode tree = (ObjectNode) getObjectMapper().readTree(bytes);
        personal.open(tree);
        return new SimpleSerializedObject<>(
                getObjectMapper().writeValueAsBytes(tree), byte[].class, serializedObject.getType());
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
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
