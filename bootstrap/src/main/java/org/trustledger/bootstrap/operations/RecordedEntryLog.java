package org.trustledger.bootstrap.operations;

import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.trustledger.application.axon.RecordingMetaData;
import org.trustledger.domain.party.PartyEvent;
import org.trustledger.domain.party.PartyEventTypes;

/**
 * Writes one log line per entry the ledger recorded — party, stored type, who and the correlation id, never what the
 * entry says about anyone — once its transaction committed, so the log never tells of an entry that was rolled back.
 */
@ProcessingGroup(RecordedEntryLog.PROCESSING_GROUP)
final class RecordedEntryLog {
    static final String PROCESSING_GROUP = "recorded-entries";
    static final String ENTRIES = "trustledger.entries.recorded";
    private static final Logger LOG = LoggerFactory.getLogger(RecordedEntryLog.class);

    private final MeterRegistry meters;

    RecordedEntryLog(MeterRegistry meters) {
        this.meters = meters;
    }

    @EventHandler
    void on(PartyEvent event, EventMessage<PartyEvent> message) {
        String type =
                PartyEventTypes.nameOf(event.getClass()).orElse(event.getClass().getSimpleName());
        Object recordedBy = message.getMetaData().get(RecordingMetaData.RECORDED_BY);
        Object correlationId = message.getMetaData().get(RecordingMetaData.CORRELATION_ID);
        Runnable logIt = () -> {
            meters.counter(ENTRIES, "type", type).increment();
            LOG.info(
                    "Recorded {} for party {} by {} (correlation id {})",
                    type,
                    event.partyId(),
                    recordedBy,
                    correlationId);
        };
        if (CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get().afterCommit(unitOfWork -> logIt.run());
        } else {
            logIt.run();
        }
    }
}
