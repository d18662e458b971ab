package org.trustledger.domain.party;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The names under which events are stored, fixed forever, so that renaming or moving a Java class never orphans
 * stored history.
 */
public final class PartyEventTypes {
    private static final Map<Class<? extends PartyEvent>, String> NAMES = Map.of(
            PartyEvent.PartyRegistered.class, "PartyRegistered",
            PartyEvent.PartyAmended.class, "PartyAmended",
            PartyEvent.RequestReceived.class, "RequestReceived",
            PartyEvent.CallerIdentified.class, "CallerIdentified",
            PartyEvent.TroubleLogged.class, "TroubleLogged",
            PartyEvent.PaymentShort.class, "PaymentShort",
            PartyEvent.PaymentSettled.class, "PaymentSettled",
            PartyEvent.RelationshipTerminated.class, "RelationshipTerminated",
            PartyEvent.RelationshipReinstated.class, "RelationshipReinstated",
            PartyEvent.LinkReviewed.class, "LinkReviewed");

    private static final Map<String, Class<? extends PartyEvent>> CLASSES =
            NAMES.entrySet().stream().collect(Collectors.toUnmodifiableMap(Map.Entry::getValue, Map.Entry::getKey));

    private PartyEventTypes() {}

    /** The stored name of an event class, if it is a party event. */
    public static Optional<String> nameOf(Class<?> type) {
        return Optional.ofNullable(NAMES.get(type));
    }

    /** The event class stored under a name, if any. */
    public static Optional<Class<? extends PartyEvent>> classOf(String name) {
        return Optional.ofNullable(CLASSES.get(name));
    }

    public static Map<Class<? extends PartyEvent>, String> all() {
        return NAMES;
    }
}
