package org.trustledger.adapters.mail;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.trustledger.application.port.in.Recording;
import org.trustledger.application.port.in.ScreenCallerUseCase;
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
 * Screening with one known party, a terminated reseller that mailed from sales@next-hikari.jp and calls from
 * 03-5321-7788: its address or number is refused, another address at its domain is a link to ask about, anything else
 * is unknown. Keeps every request it was asked.
 */
class MailScreening implements ScreenCallerUseCase {
    static final String RESELLER_ADDRESS = "sales@next-hikari.jp";
    static final String RESELLER_DOMAIN = "next-hikari.jp";
    static final String RESELLER_NAME = "ネクスト光サポート";
    static final PhoneNumber RESELLER_PHONE = PhoneNumber.parse("03-5321-7788");
    static final PartyId RESELLER = new PartyId(UUID.fromString("00000000-0000-0000-0000-00000000beef"));

    final List<ScreeningRequest> requests = new CopyOnWriteArrayList<>();

    @Override
    public ScreeningResult screen(ScreeningRequest request, Instant at) {
        requests.add(request);
        String address = request.email() == null ? null : request.email().key();
        if (RESELLER_ADDRESS.equals(address) || RESELLER_PHONE.sameLine(request.phone())) {
            return result(
                    Verdict.REFUSE,
                    ScreeningReason.of(
                            ScreeningReasonCode.TERMINATED_PARTY,
                            Verdict.REFUSE,
                            Map.of("party", RESELLER_NAME),
                            List.of(RESELLER)),
                    evidence(IdentityEvidence.Kind.EMAIL, IdentityEvidence.Grade.IDENTIFYING, RESELLER_ADDRESS));
        }
        if (address != null && address.endsWith("@" + RESELLER_DOMAIN)) {
            return result(
                    Verdict.CAUTION,
                    new ScreeningReason(
                            ScreeningReasonCode.POSSIBLE_LINK,
                            Verdict.CAUTION,
                            "screening.reason.POSSIBLE_LINK.WEB_DOMAIN",
                            Map.of("party", RESELLER_NAME, "evidence", RESELLER_DOMAIN),
                            List.of(RESELLER)),
                    evidence(IdentityEvidence.Kind.WEB_DOMAIN, IdentityEvidence.Grade.LINKING, RESELLER_DOMAIN));
        }
        return new ScreeningResult(
                Verdict.NO_RECORD,
                Priority.NORMAL,
                List.of(ScreeningReason.of(ScreeningReasonCode.NO_RECORD, Verdict.NO_RECORD, Map.of(), List.of())),
                List.of());
    }

    private static ScreeningResult result(Verdict verdict, ScreeningReason reason, IdentityEvidence evidence) {
        return new ScreeningResult(
                verdict,
                Priority.NORMAL,
                List.of(reason),
                List.of(new Match(
                        RESELLER,
                        RESELLER_NAME,
                        PartyKind.RESELLER,
                        TrustStatus.TERMINATED,
                        List.of(evidence),
                        evidence.weight(),
                        true)));
    }

    private static IdentityEvidence evidence(IdentityEvidence.Kind kind, IdentityEvidence.Grade grade, String value) {
        return new IdentityEvidence(
                kind,
                grade,
                grade == IdentityEvidence.Grade.IDENTIFYING ? 0.9 : 0.3,
                new IdentityEvidence.Detail("identity.detail." + kind.name(), List.of(value), "same " + value));
    }

    @Override
    public ScreeningAnswer screenAndRecord(ScreeningRequest request, String summary, Instant at, Recording recording) {
        throw new UnsupportedOperationException("the e-mail intake only screens");
    }
}
