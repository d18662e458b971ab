package org.trustledger.adapters.persistence.eventstore;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.LazyDeserializingObject;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;

/**
 * The last step of the upcaster chain: changes nothing, but lets the content it hands on say which stored row it came
 * from — its global index when read as part of the ledger, its party and entry — so that a row that fails to read is
 * named where it is, not only by its type.
 */
final class LocatingUpcaster implements EventUpcaster {

    /** Stored content that knows its row. */
    interface Located {
        /** Where the row is, as a person looks for it: global index, party and entry, and event id. */
        String location();
    }

    @Override
    public Stream<IntermediateEventRepresentation> upcast(Stream<IntermediateEventRepresentation> representations) {
        return representations.map(Row::new);
    }

    private record Row(IntermediateEventRepresentation delegate) implements IntermediateEventRepresentation {

        String location() {
            StringBuilder where = new StringBuilder();
            delegate.getTrackingToken()
                    .flatMap(token -> token.position().isPresent()
                            ? Optional.of(token.position().getAsLong())
                            : Optional.empty())
                    .ifPresent(
                            index -> where.append("global index ").append(index).append(", "));
            delegate.getAggregateIdentifier()
                    .ifPresent(party -> where.append("party ").append(party));
            delegate.getSequenceNumber()
                    .ifPresent(sequence -> where.append(" entry ").append(sequence + 1));
            return where.append(" (event ")
                    .append(delegate.getMessageIdentifier())
                    .append(')')
                    .toString();
        }

        @Override
        public <T> IntermediateEventRepresentation upcast(
                SerializedType outputType,
                Class<T> expectedRepresentationType,
                Function<T, T> upcastFunction,
                Function<MetaData, MetaData> metaDataUpcastFunction) {
            return delegate.upcast(outputType, expectedRepresentationType, upcastFunction, metaDataUpcastFunction);
        }

        @Override
        public SerializedType getType() {
            return delegate.getType();
        }

        @Override
        public SerializedObject<?> getData() {
            return located(delegate.getData());
        }

        @Override
        public <D> SerializedObject<D> getData(Class<D> requiredType) {
            return located(delegate.getData(requiredType));
        }

        private <D> SerializedObject<D> located(SerializedObject<D> data) {
            return new LocatedData<>(data, location());
        }

        @Override
        public Class<?> getContentType() {
            return delegate.getContentType();
        }

        @Override
        public String getMessageIdentifier() {
            return delegate.getMessageIdentifier();
        }

        @Override
        public Optional<String> getAggregateType() {
            return delegate.getAggregateType();
        }

        @Override
        public Optional<String> getAggregateIdentifier() {
            return delegate.getAggregateIdentifier();
        }

        @Override
        public Optional<Long> getSequenceNumber() {
            return delegate.getSequenceNumber();
        }

        @Override
        public Optional<TrackingToken> getTrackingToken() {
            return delegate.getTrackingToken();
        }

        @Override
        public Instant getTimestamp() {
            return delegate.getTimestamp();
        }

        @Override
        public LazyDeserializingObject<MetaData> getMetaData() {
            return delegate.getMetaData();
        }

        @Override
        public boolean canConvertDataTo(Class<?> requiredType) {
            return delegate.canConvertDataTo(requiredType);
        }
    }

    private record LocatedData<T>(SerializedObject<T> data, String location) implements SerializedObject<T>, Located {
        @Override
        public Class<T> getContentType() {
            return data.getContentType();
        }

        @Override
        public SerializedType getType() {
            return data.getType();
        }

        @Override
        public T getData() {
            return data.getData();
        }
    }
}
