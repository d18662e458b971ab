package org.trustledger.application.axon;

import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;

/** The metadata keys every stored event carries, copied from the command that caused it. */
public final class RecordingMetaData {
    public static final String RECORDED_BY = "recordedBy";
    public static final String CORRELATION_ID = "correlationId";

    private RecordingMetaData() {}

    /** Copies who recorded and the correlation id from each command onto the events it produces. */
    public static CorrelationDataProvider provider() {
        return new SimpleCorrelationDataProvider(RECORDED_BY, CORRELATION_ID);
    }
}
