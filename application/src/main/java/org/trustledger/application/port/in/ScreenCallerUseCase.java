package org.trustledger.application.port.in;

import java.time.Instant;
import org.trustledger.domain.screening.ScreeningRequest;
import org.trustledger.domain.screening.ScreeningResult;

/** Screens a caller during a call: ACCEPT, CAUTION or REFUSE, with reasons and the known parties matched. */
public interface ScreenCallerUseCase {

    /** Screens and records nothing. */
    ScreeningResult screen(ScreeningRequest request, Instant at);

    /**
     * Screens, then records the request on the caller's own party with the verdict and its reasons; when the caller
     * was not identified, nothing is recorded and the answer says so.
     */
    ScreeningAnswer screenAndRecord(ScreeningRequest request, String summary, Instant at, Recording recording);

    /** A screening and what recording it did, if anything. */
    record ScreeningAnswer(ScreeningResult result, RecordOutcome recorded) {
        public boolean wasRecorded() {
            return recorded != null;
        }
    }
}
