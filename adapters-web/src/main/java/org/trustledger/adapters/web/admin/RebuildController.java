package org.trustledger.adapters.web.admin;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.net.URI;
import java.security.Principal;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.trustledger.application.port.in.ReadModelRebuild;
import org.trustledger.application.port.in.RebuildProgress;

/** Rebuilds the read models from the event store while the product keeps serving, and tells how far it has come. */
@RestController
@RequestMapping("/api/v1/admin/rebuilds")
class RebuildController {
    private static final String PROBLEMS = "https://trustledger.org/problems/";

    private final ReadModelRebuild rebuild;

    RebuildController(ReadModelRebuild rebuild) {
        this.rebuild = rebuild;
    }

    /** A rebuild's progress as the API shows it; the rate and time left are worked out when it was last recorded. */
    record RebuildResponse(
            UUID id,
            RebuildProgress.State state,
            RebuildProgress.Phase phase,
            String requestedBy,
            long eventsDone,
            long eventsTotal,
            long partiesDone,
            long partiesTotal,
            double eventsPerSecond,
            Long estimatedSecondsLeft,
            Instant startedAt,
            Instant updatedAt,
            Instant finishedAt,
            String failure) {

        static RebuildResponse of(RebuildProgress p) {
            return new RebuildResponse(
                    p.id(),
                    p.state(),
                    p.phase(),
                    p.requestedBy(),
                    p.eventsDone(),
                    p.eventsTotal(),
                    p.partiesDone(),
                    p.partiesTotal(),
                    Math.round(p.eventsPerSecond() * 10) / 10.0,
                    p.estimatedTimeLeft().map(Duration::toSeconds).orElse(null),
                    p.startedAt(),
                    p.updatedAt(),
                    p.finishedAt(),
                    p.failure());
        }
    }

    @PostMapping
    @Operation(
            summary = "Rebuild every read model from the event store",
            description = "Replays every stored event into new tables, assesses every party there, catches up with"
                    + " what was recorded meanwhile and swaps the new tables in; reads and writes go on meanwhile."
                    + " 409 while a rebuild runs, on any node.")
    @ApiResponse(responseCode = "202", description = "Started; Location names the rebuild to follow")
    ResponseEntity<RebuildResponse> start(Principal principal) {
        RebuildProgress started = rebuild.start(principal.getName());
        return ResponseEntity.accepted()
                .location(URI.create("/api/v1/admin/rebuilds/" + started.id()))
                .body(RebuildResponse.of(started));
    }

    @GetMapping("/latest")
    @Operation(summary = "The rebuild started last, running or not")
    ResponseEntity<?> latest() {
        return answer(rebuild.latest(), "no rebuild of the read models has been started yet");
    }

    @GetMapping("/{id}")
    @Operation(summary = "A rebuild's progress: events done of total, rate, time left, and how it ended")
    ResponseEntity<?> one(@PathVariable UUID id) {
        return answer(rebuild.find(id), "there is no rebuild " + id);
    }

    private static ResponseEntity<?> answer(Optional<RebuildProgress> progress, String missing) {
        if (progress.isPresent()) {
            return ResponseEntity.ok(RebuildResponse.of(progress.get()));
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, missing);
        problem.setType(URI.create(PROBLEMS + "unknown-rebuild"));
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
    }
}
