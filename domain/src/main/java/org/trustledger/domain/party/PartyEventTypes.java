package org.trustledger.domain.party;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The names under which events are stored, fixed forever, so that renaming or moving a Java class never orphans
 * stored history.
 */
public final class PartyEventTypes {
    private static final Map<Class<? extends PartyEvent>, String> NAMES = Map.ofEntries(
            Map.entry(PartyEvent.PartyRegistered.class, "PartyRegistered"),
            Map.entry(PartyEvent.PartyAmended.class, "PartyAmended"),
            Map.entry(PartyEvent.RequestReceived.class, "RequestReceived"),
            Map.entry(PartyEvent.CallerIdentified.class, "CallerIdentified"),
            Map.entry(PartyEvent.TroubleLogged.class, "TroubleLogged"),
            Map.entry(PartyEvent.PaymentShort.class, "PaymentShort"),
            Map.entry(PartyEvent.PaymentSettled.class, "PaymentSettled"),
            Map.entry(PartyEvent.RelationshipTerminated.class, "RelationshipTerminated"),
            Map.entry(PartyEvent.RelationshipReinstated.class, "RelationshipReinstated"),
            Map.entry(PartyEvent.LinkReviewed.class, "LinkReviewed"),
            Map.entry(PartyEvent.RenameConfirmed.class, "RenameConfirmed"),
            Map.entry(PartyEvent.EntryRetracted.class, "EntryRetracted"),
            Map.entry(PartyEvent.PersonalDataErased.class, "PersonalDataErased"),
            Map.entry(PartyEvent.PersonalDataRequested.class, "PersonalDataRequested"),
            Map.entry(PartyEvent.PersonalDataRequestRefused.class, "PersonalDataRequestRefused"),
            Map.entry(PartyEvent.PersonalDataRequestAnswered.class, "PersonalDataRequestAnswered"));

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
