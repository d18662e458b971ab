package org.trustledger.adapters.web.screening;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.trustledger.application.port.in.RecordOutcome;
import org.trustledger.application.port.in.Recording;
import org.trustledger.application.port.in.ScreenCallerUseCase;
import org.trustledger.domain.screening.ScreeningRequest;
import org.trustledger.domain.screening.ScreeningResult;

/** Stands in for screening: answers what a test told it to, and keeps every request it was asked. */
public final class FakeScreenCaller implements ScreenCallerUseCase {
    private final List<ScreeningRequest> requests = new CopyOnWriteArrayList<>();
    private final List<String> summaries = new CopyOnWriteArrayList<>();
    private final List<Recording> recordings = new CopyOnWriteArrayList<>();
    private volatile ScreeningResult result;
    private volatile RecordOutcome recorded;

    public void answer(ScreeningResult result, RecordOutcome recorded) {
        this.result = result;
        this.recorded = recorded;
    }

    public List<ScreeningRequest> requests() {
        return List.copyOf(requests);
    }

    public List<String> summaries() {
        return List.copyOf(summaries);
    }

    public List<Recording> recordings() {
        return List.copyOf(recordings);
    }

    public void reset() {
        requests.clear();
        summaries.clear();
        recordings.clear();
        result = null;
        recorded = null;
    }

    @Override
    public ScreeningResult screen(ScreeningRequest request, Instant at) {
        requests.add(request);
        return result;
    }

    @Override
    public ScreeningAnswer screenAndRecord(ScreeningRequest request, String summary, Instant at, Recording recording) {
        requests.add(request);
        summaries.add(summary);
        recordings.add(recording);
        return new ScreeningAnswer(result, recorded, false);
    }
}
