package org.trustledger.benchmarks;

import java.util.List;
import org.trustledger.domain.screening.ScreeningRequest;

/**
 * Hands out many different calls of one kind in turn, so that a measurement covers many parties and keys rather than
 * one row the database has cached.
 */
final class Rotation {
    private final ScreeningRequest[] requests;
    private int next;

    Rotation(List<ScreeningRequest> requests) {
        this.requests = requests.toArray(ScreeningRequest[]::new);
    }

    ScreeningRequest next() {
        ScreeningRequest request = requests[next];
        next = (next + 1) % requests.length;
        return request;
    }
}
