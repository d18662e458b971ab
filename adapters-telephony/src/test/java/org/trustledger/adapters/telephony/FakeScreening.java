package org.trustledger.adapters.telephony;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.trustledger.application.port.in.RecordOutcome;
import org.trustledger.application.port.in.Recording;
import org.trustledger.application.port.in.ScreenCallerUseCase;
import org.trustledger.domain.MissingDetailsException;
import org.trustledger.domain.identity.IdentityEvidence;
import org.trustledger.domain.identity.PhoneNumber;
import org.trustledger.domain.party.PartyId;
import org.trustledger.domain.party.PartyKind;
import org.trustledger.domain.screening.Match;
import org.trustledger.domain.screening.Priority;
import org.trustledger.domain.screening.ScreeningReason;
import org.trustledger.domain.screening.ScreeningReasonCode;
import org.trustledger.domain.screening.ScreeningRequest;
import org.trustledger.domain.screening.ScreeningResult;
import org.trustledger.domain.screening.Verdict;
import org.trustledger.domain.trust.TrustStatus;

/**
 * Screening with one known party, a terminated reseller on 03-5321-7788: its number is refused, any other is
 * unknown; keeps every request and recording it was asked for.
 */
class FakeScreening implements ScreenCallerUseCase {
    static final PhoneNumber RESELLER_PHONE = PhoneNumber.parse("03-5321-7788");
    static final PartyId RESELLER = new PartyId(UUID.fromString("00000000-0000-0000-0000-00000000abcd"));

    final List<ScreeningRequest> requests = new CopyOnWriteArrayList<>();
    final List<Recording> recordings = new CopyOnWriteArrayList<>();

    @Override
    public ScreeningResult screen(ScreeningRequest request, Instant at) {
        requests.add(request);
        if (RESELLER_PHONE.sameLine(request.phone())) {
            return new ScreeningResult(
                    Verdict.REFUSE,
                    Priority.NORMAL,
                    List.of(ScreeningReason.of(
                            ScreeningReasonCode.TERMINATED_PARTY,
                            Verdict.REFUSE,
                            Map.of("party", "ネクスト光サポート"),
                            List.of(RESELLER))),
                    List.of(new Match(
                            RESELLER,
                            "ネクスト光サポート",
                            PartyKind.RESELLER,
                            TrustStatus.TERMINATED,
                            List.of(new IdentityEvidence(
                                    IdentityEvidence.Kind.PHONE,
                                    IdentityEvidence.Grade.IDENTIFYING,
                                    0.9,
                                    new IdentityEvidence.Detail(
                                            "identity.detail.PHONE",
                                            List.of("03-5321-7788"),
                                            "same phone number 03-5321-7788"))),
                            0.9,
                            true)));
        }
        return new ScreeningResult(
                Verdict.NO_RECORD,
                Priority.NORMAL,
                List.of(ScreeningReason.of(ScreeningReasonCode.NO_RECORD, Verdict.NO_RECORD, Map.of(), List.of())),
                List.of());
    }

    @Override
    public ScreeningAnswer screenAndRecord(ScreeningRequest request, String summary, Instant at, Recording recording) {
        ScreeningResult result = screen(request, at);
        recordings.add(recording);
        if (result.requester().isPresent()) {
            return new ScreeningAnswer(result, new RecordOutcome(RESELLER, 7, false), false);
        }
        if (request.requesterKind() == null || request.companyName() == null) {
            throw new MissingDetailsException(List.of("requesterKind", "companyName"), "say who is calling");
        }
        return new ScreeningAnswer(result, new RecordOutcome(new PartyId(UUID.randomUUID()), 1, false), true);
    }

    void reset() {
        requests.clear();
        recordings.clear();
    }
}
