package org.trustledger.adapters.web.party;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.trustledger.adapters.web.party.PartyResponses.Recorded;
import org.trustledger.application.port.in.RecordOutcome;

/** Builds the answer to a write, telling a client when it is the replay of an earlier identical request. */
final class Responses {
    static final String REPLAYED_HEADER = "Idempotent-Replayed";

    private Responses() {}

    static ResponseEntity<Recorded> created(URI location, RecordOutcome outcome) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .location(location)
                .header(REPLAYED_HEADER, Boolean.toString(outcome.replayed()))
                .body(body(outcome));
    }

    static ResponseEntity<Recorded> ok(RecordOutcome outcome) {
        return ResponseEntity.ok()
                .header(REPLAYED_HEADER, Boolean.toString(outcome.replayed()))
                .body(body(outcome));
    }

    private static Recorded body(RecordOutcome outcome) {
        return new Recorded(outcome.partyId().value(), outcome.sequence(), outcome.seal());
    }
}
