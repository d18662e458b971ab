package org.trustledger.bootstrap.operations;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Instant;
import org.trustledger.application.port.in.Recording;
import org.trustledger.application.port.in.ScreenCallerUseCase;
import org.trustledger.domain.screening.ScreeningRequest;
import org.trustledger.domain.screening.ScreeningResult;

/** Counts and times screenings by their verdict, and whether the request was recorded with it. */
final class MeteredScreening implements ScreenCallerUseCase {
    static final String SCREENINGS = "trustledger.screenings";

    private final ScreenCallerUseCase delegate;
    private final MeterRegistry meters;

    MeteredScreening(ScreenCallerUseCase delegate, MeterRegistry meters) {
        this.delegate = delegate;
        this.meters = meters;
    }

    @Override
    public ScreeningResult screen(ScreeningRequest request, Instant at) {
        Timer.Sample sample = Timer.start(meters);
        ScreeningResult result = delegate.screen(request, at);
        sample.stop(timer(result, false));
        return result;
    }

    @Override
    public ScreeningAnswer screenAndRecord(ScreeningRequest request, String summary, Instant at, Recording recording) {
        Timer.Sample sample = Timer.start(meters);
        ScreeningAnswer answer = delegate.screenAndRecord(request, summary, at, recording);
        sample.stop(timer(answer.result(), answer.wasRecorded()));
        return answer;
    }

    private Timer timer(ScreeningResult result, boolean recorded) {
        return meters.timer(SCREENINGS, "verdict", result.verdict().name(), "recorded", Boolean.toString(recorded));
    }
}
