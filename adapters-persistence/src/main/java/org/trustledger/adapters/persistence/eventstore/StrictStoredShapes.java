package org.trustledger.adapters.persistence.eventstore;

import java.lang.reflect.RecordComponent;
import java.util.Map;
import java.util.Set;
import org.trustledger.domain.identity.PhoneNumber;
import org.trustledger.domain.party.PartyDetails;
import org.trustledger.domain.party.PartyEvent;
import tools.jackson.databind.cfg.MapperConfig;
import tools.jackson.databind.introspect.AnnotatedConstructor;
import tools.jackson.databind.introspect.AnnotatedField;
import tools.jackson.databind.introspect.AnnotatedMember;
import tools.jackson.databind.introspect.AnnotatedParameter;
import tools.jackson.databind.introspect.JacksonAnnotationIntrospector;

/**
 * Makes every field of a stored event, and of the values inside it, required: a stored event that lacks one fails to
 * read, naming the field, instead of reading it as null. A field added to an event is filled in for the older shape by
 * an upcaster, so that the shape of every revision is complete.
 *
 * <p>The only fields that may be absent are those older shapes left out before revisions and upcasters were kept: they
 * read as null, as they always did. Do not add to them; write an upcaster.
 */
final class StrictStoredShapes extends JacksonAnnotationIntrospector {
    private static final long serialVersionUID = 1L;

    private static final Map<Class<?>, Set<String>> ABSENT_IN_OLDER_SHAPES = Map.of(
            // Numbers were stored without an extension before extensions were kept.
            PhoneNumber.class, Set.of("extension"),
            PartyDetails.class, Set.of("address", "representative", "bankAccount"),
            PartyEvent.CallerIdentified.class, Set.of("name"));

    private static final String DOMAIN = "org.trustledger.domain.";

    @Override
    public Boolean hasRequiredMarker(MapperConfig<?> config, AnnotatedMember member) {
        Boolean marked = super.hasRequiredMarker(config, member);
        if (marked != null) {
            return marked;
        }
        Class<?> type = member.getDeclaringClass();
        if (!type.isRecord() || !type.getName().startsWith(DOMAIN)) {
            return null;
        }
        String component = componentName(type, member);
        if (component == null) {
            return null;
        }
        return !ABSENT_IN_OLDER_SHAPES.getOrDefault(type, Set.of()).contains(component);
    }

    /** The record component a constructor parameter or field stands for, if it stands for one. */
    private static String componentName(Class<?> type, AnnotatedMember member) {
        RecordComponent[] components = type.getRecordComponents();
        if (member instanceof AnnotatedParameter parameter
                && parameter.getOwner() instanceof AnnotatedConstructor constructor
                && constructor.getParameterCount() == components.length) {
            return components[parameter.getIndex()].getName();
        }
        if (member instanceof AnnotatedField field) {
            for (RecordComponent component : components) {
                if (component.getName().equals(field.getName())) {
                    return component.getName();
                }
            }
        }
        return null;
    }
}
