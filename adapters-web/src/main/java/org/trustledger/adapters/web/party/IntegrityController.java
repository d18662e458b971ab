package org.trustledger.adapters.web.party;

import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.trustledger.application.port.in.IntegrityCheck;
import org.trustledger.application.port.in.IntegrityCheck.PartyIntegrity;
import org.trustledger.domain.party.PartyId;

/**
 * Tells whether stored events still match the seals they were stored with: a party's chain for auditors, the whole
 * store as an admin action.
 */
@RestController
class IntegrityController {
    private final IntegrityCheck integrity;

    IntegrityController(IntegrityCheck integrity) {
        this.integrity = integrity;
    }

    /** The whole store's answer: each party whose chain broke, and where. */
    record LedgerIntegrityResponse(boolean valid, long events, long parties, List<PartyBreakResponse> broken) {}

    record PartyBreakResponse(UUID partyId, long firstBrokenSequence) {}

    /** {@code {valid, events, sealed, firstBrokenSequence?}} for the party's stored events. */
    @GetMapping("/api/v1/parties/{partyId}/integrity")
    PartyIntegrity party(@PathVariable String partyId) {
        return integrity.party(PartyId.of(partyId));
    }

    /** Checks every stored event of every party in one pass and names each party whose chain broke. */
    @PostMapping("/api/v1/admin/integrity-checks")
    LedgerIntegrityResponse ledger() {
        var result = integrity.ledger();
        return new LedgerIntegrityResponse(
                result.valid(),
                result.events(),
                result.parties(),
                result.broken().stream()
                        .map(b -> new PartyBreakResponse(b.partyId().value(), b.firstBrokenSequence()))
                        .toList());
    }
}
