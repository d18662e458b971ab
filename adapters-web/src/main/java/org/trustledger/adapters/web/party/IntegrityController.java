package org.trustledger.adapters.web.party;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.trustledger.application.port.in.IntegrityCheck;
import org.trustledger.application.port.in.IntegrityCheck.Checkpoint;
import org.trustledger.application.port.in.IntegrityCheck.KeptCheckpoint;
import org.trustledger.application.port.in.IntegrityCheck.LedgerIntegrity;
import org.trustledger.application.port.in.IntegrityCheck.PartyIntegrity;
import org.trustledger.application.port.in.IntegrityCheck.ReceiptCheck;
import org.trustledger.application.port.in.LedgerCheckpointing;
import org.trustledger.domain.party.PartyId;

/**
 * Tells whether stored events still match the seals they were stored with and the ledger's checkpoints: a party's
 * chain and a write's receipt for auditors, the whole store and a fresh checkpoint as admin actions.
 */
@RestController
class IntegrityController {
    private static final String PROBLEMS = "https://trustledger.org/problems/";
    private static final String SEAL = "[0-9a-fA-F]{64}";

    private final IntegrityCheck integrity;
    private final LedgerCheckpointing checkpoints;

    IntegrityController(IntegrityCheck integrity, LedgerCheckpointing checkpoints) {
        this.integrity = integrity;
        this.checkpoints = checkpoints;
    }

    /** A checkpoint kept elsewhere, to find in the chain: its number and hash. */
    record KeptCheckpointBody(
            @NotNull @Min(1) Long number,
            @NotNull @Pattern(regexp = SEAL) String hash) {}

    /** What the whole-store check may be given: a checkpoint exported or logged earlier. */
    record LedgerCheckBody(@Valid KeptCheckpointBody checkpoint) {}

    /** The whole store's answer: every party that is not fully valid, and what the checkpoints say. */
    record LedgerIntegrityResponse(
            boolean valid,
            long events,
            long parties,
            List<PartyBreakResponse> broken,
            IntegrityCheck.CheckpointChain checkpoints) {}

    record PartyBreakResponse(
            UUID partyId, Long firstBrokenSequence, IntegrityCheck.Finding finding, IntegrityCheck.Unsealed unsealed) {}

    /** A write's receipt, as its answer carried it. */
    record ReceiptBody(
            @NotNull @Min(1) Long sequence,
            @NotNull @Pattern(regexp = SEAL) String seal) {}

    @GetMapping("/api/v1/parties/{partyId}/integrity")
    @Operation(
            summary = "Whether a party's stored events still match their seals and the latest checkpoint",
            description = "valid only when every event is sealed and matches; otherwise firstBrokenSequence and"
                    + " finding say where and why, and unsealed counts events stored before sealing began")
    PartyIntegrity party(@PathVariable String partyId) {
        return integrity.party(PartyId.of(partyId));
    }

    @PostMapping("/api/v1/parties/{partyId}/receipt-checks")
    @Operation(
            summary = "Whether a write's receipt still holds",
            description = "The entry at the sequence is stored with the seal the write was answered with, and the"
                    + " chain up to it is intact")
    ReceiptCheck receipt(@PathVariable String partyId, @Valid @RequestBody ReceiptBody receipt) {
        return integrity.receipt(
                PartyId.of(partyId), receipt.sequence(), receipt.seal().toLowerCase());
    }

    @PostMapping("/api/v1/admin/integrity-checks")
    @Operation(
            summary = "Checks every stored event of every party and the chain of checkpoints in one pass",
            description = "Lists every party that is not fully valid, with the reason; given a checkpoint kept"
                    + " elsewhere, says whether it is still in the chain unchanged")
    LedgerIntegrityResponse ledger(@Valid @RequestBody(required = false) LedgerCheckBody body) {
        KeptCheckpoint kept = body == null || body.checkpoint() == null
                ? null
                : new KeptCheckpoint(
                        body.checkpoint().number(), body.checkpoint().hash());
        LedgerIntegrity result = integrity.ledger(kept);
        return new LedgerIntegrityResponse(
                result.valid(),
                result.events(),
                result.parties(),
                result.broken().stream()
                        .map(b -> new PartyBreakResponse(
                                b.partyId().value(), b.firstBrokenSequence(), b.finding(), b.unsealed()))
                        .toList(),
                result.checkpoints());
    }

    @GetMapping("/api/v1/admin/checkpoints/latest")
    @Operation(summary = "The latest ledger checkpoint, to keep somewhere the database's users cannot reach")
    ResponseEntity<?> latestCheckpoint() {
        return checkpointOr(checkpoints.latest(), HttpStatus.NOT_FOUND, "no-checkpoint", "no checkpoint yet");
    }

    @PostMapping("/api/v1/admin/checkpoints")
    @Operation(summary = "Writes a ledger checkpoint now and answers it, to export")
    ResponseEntity<?> checkpoint() {
        Optional<Checkpoint> written = checkpoints.checkpoint(true);
        if (written.isPresent()) {
            return ResponseEntity.status(HttpStatus.CREATED).body(written.get());
        }
        return checkpointOr(
                written,
                HttpStatus.CONFLICT,
                "checkpoint-running",
                "another node was writing a checkpoint at the same moment; send the request again");
    }

    private static ResponseEntity<?> checkpointOr(
            Optional<Checkpoint> checkpoint, HttpStatus status, String type, String detail) {
        if (checkpoint.isPresent()) {
            return ResponseEntity.ok(checkpoint.get());
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(PROBLEMS + type));
        return ResponseEntity.status(status).body(problem);
    }
}
