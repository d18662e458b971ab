package org.trustledger.application.port.in;

import java.time.Instant;
import org.trustledger.domain.screening.ScreeningRequest;
import org.trustledger.domain.screening.ScreeningResult;

/** Screens a caller during a call: ACCEPT, CAUTION or REFUSE, with reasons and the known parties matched. */
public interface ScreenCallerUseCase {

    /** Screens and records nothing. */
    ScreeningResult screen(ScreeningRequest request, Instant at);

    /**
     * Screens, then records the request on the caller's own party with the verdict and its reasons; a caller no known
     * party matched is registered first from what staff typed.
     *
     * @throws org.trustledger.domain.MissingDetailsException when an unknown caller lacks a kind or a name
     */
    ScreeningAnswer screenAndRecord(ScreeningRequest request, String summary, Instant at, Recording recording);

    /**
     * A screening and what recording it did, if anything.
     *
     * @param registered true when the caller was registered as a new party to record the request on
     */
    record ScreeningAnswer(ScreeningResult result, RecordOutcome recorded, boolean registered) {
        public boolean wasRecorded() {
            return recorded != null;
        }
    }
}
