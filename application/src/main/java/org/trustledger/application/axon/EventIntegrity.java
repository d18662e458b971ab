package org.trustledger.application.axon;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.serialization.Serializer;
import org.trustledger.domain.party.PartyCommand;
import org.trustledger.domain.party.PartyEvent;
import org.trustledger.domain.party.PartyEventTypes;

/**
 * Seals every party event as it is stored: a SHA-256 over the event's canonical content, its metadata and the seal of
 * the party's previous event, kept in the event's own metadata, so that a stored row edited afterwards no longer
 * matches its seal, and a row removed breaks the seal of the one after it.
 *
 * <p>Events stored before sealing began carry no seal: a party's chain starts at its first sealed event.
 */
public final class EventIntegrity implements MessageDispatchInterceptor<EventMessage<?>> {
    /** The metadata key of an event's seal. */
    public static final String HASH = "integrityHash";

    private static final String HEADS = EventIntegrity.class.getName() + ".heads";
    private static final Pattern WELL_FORMED = Pattern.compile("[0-9a-f]{64}");

    /**
     * What a party command answers once its events are sealed: the sequence of the party's last event and that
     * event's seal, which proves the entry was there to anyone who keeps it. The seal is filled in when the unit of
     * work prepares its commit, which is when events are sealed, so it is known once the command's answer arrives.
     */
    public static final class Receipt {
        private final long sequence;
        private volatile String seal;

        Receipt(long sequence) {
            this.sequence = sequence;
        }

        public long sequence() {
            return sequence;
        }

        /** The seal of the party's last event, or null when the command stored no event. */
        public String seal() {
            return seal;
        }
    }

    private final Serializer serializer;
    private final EventStore eventStore;

    /**
     * @param serializer the serializer events are stored with, for their canonical content
     * @param eventStore to read the seal of a party's last stored event, the first time a unit of work touches it
     */
    public EventIntegrity(Serializer serializer, EventStore eventStore) {
        this.serializer = serializer;
        this.eventStore = eventStore;
    }

    @Override
    public BiFunction<Integer, EventMessage<?>, EventMessage<?>> handle(List<? extends EventMessage<?>> messages) {
        // Events of one unit of work are sealed before any is stored, so the latest seal per party is kept alongside.
        Map<String, String> heads = CurrentUnitOfWork.isStarted()
                ? CurrentUnitOfWork.get().root().getOrComputeResource(HEADS, key -> new HashMap<String, String>())
                : new HashMap<>();
        return (index, message) -> {
            if (!(message instanceof DomainEventMessage<?> domain)
                    || !(domain.getPayload() instanceof PartyEvent)
                    || domain.getMetaData().containsKey(HASH)) {
                return message;
            }
            String party = domain.getAggregateIdentifier();
            String previous =
                    heads.containsKey(party) ? heads.get(party) : storedSealBefore(party, domain.getSequenceNumber());
            String seal = seal(domain, previous);
            heads.put(party, seal);
            return message.andMetaData(Map.of(HASH, seal));
        };
    }

    /**
     * Turns a party command's answer, the sequence of its last event, into a {@link Receipt} with that event's seal.
     * Registered on the command bus, so that it runs in the command's unit of work.
     */
    public MessageHandlerInterceptor<CommandMessage<?>> receipts() {
        return (unitOfWork, chain) -> {
            Object result = chain.proceed();
            if (result instanceof Long sequence
                    && unitOfWork.getMessage().getPayload() instanceof PartyCommand command) {
                Receipt receipt = new Receipt(sequence);
                // Registered after the event store's own handler, which seals the events, so it runs after it.
                unitOfWork.onPrepareCommit(done -> {
                    Map<String, String> heads = done.root().getResource(HEADS);
                    receipt.seal =
                            heads == null ? null : heads.get(command.partyId().toString());
                });
                return receipt;
            }
            return result;
        };
    }

    /** Whether a stored seal is one this class could have written: a SHA-256 in lower-case hex. */
    public static boolean isWellFormed(String seal) {
        return WELL_FORMED.matcher(seal).matches();
    }

    /**
     * The seal the event should carry after {@code previous}, the seal before it or "" where the chain starts. An event
     * read back must come from a store that does not upcast (see {@code IntegrityService}): the seal is over its row.
     */
    public String seal(DomainEventMessage<?> event, String previous) {
        StringBuilder canonical = new StringBuilder();
        canonical.append(event.getAggregateIdentifier()).append('\n');
        canonical.append(event.getSequenceNumber()).append('\n');
        canonical
                .append(PartyEventTypes.nameOf(event.getPayloadType()).orElseThrow())
                .append('\n');
        // To the millisecond, as the event store keeps it.
        canonical.append(event.getTimestamp().truncatedTo(ChronoUnit.MILLIS)).append('\n');
        // The content as stored: an event being stored is serialised as the store will write it, and an event read
        // back from a store without upcasters keeps the bytes of its row, so no change of shape since, and no change
        // in how today's classes would write it, alters what was sealed.
        canonical
                .append(new String(
                        event.serializePayload(serializer, byte[].class).getData(), StandardCharsets.UTF_8))
                .append('\n');
        // Sorted, so that the order a map happens to keep never changes the seal.
        new TreeMap<>(event.getMetaData()).forEach((key, value) -> {
            if (!HASH.equals(key)) {
                canonical.append(key).append('=').append(value).append('\n');
            }
        });
        canonical.append(previous == null ? "" : previous);
        return HexFormat.of().formatHex(sha256(canonical.toString().getBytes(StandardCharsets.UTF_8)));
    }

    private String storedSealBefore(String party, long sequence) {
        if (sequence == 0) {
            return "";
        }
        DomainEventStream stored = eventStore.readEvents(party, sequence - 1);
        if (!stored.hasNext()) {
            return "";
        }
        Object seal = stored.next().getMetaData().get(HASH);
        return seal == null ? "" : seal.toString();
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
