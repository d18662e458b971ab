package org.trustledger.adapters.web.screening;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.trustledger.domain.identity.BankAccount.AccountType;
import org.trustledger.domain.identity.IdentityEvidence;
import org.trustledger.domain.party.Channel;
import org.trustledger.domain.party.PartyKind;
import org.trustledger.domain.screening.Priority;
import org.trustledger.domain.screening.Verdict;
import org.trustledger.domain.trust.TrustStatus;

/** The JSON bodies of the screening API. */
final class ScreeningBodies {
    private ScreeningBodies() {}

    record BankAccountBody(
            @NotBlank String bank,
            @NotBlank String branch,
            AccountType type,
            @NotBlank String number,
            String holder) {}

    /**
     * What staff know of a caller. With {@code record: true} the request is also recorded on the caller's own party,
     * with the verdict and its reasons, and {@code summary} says what was asked.
     */
    record ScreeningBody(
            @Size(max = 200) String companyName,
            @Size(max = 100) String callerName,
            Boolean callerNameWithheld,
            String phone,
            @Size(max = 300) String address,
            @Valid BankAccountBody bankAccount,
            @Size(max = 100) String representative,
            PartyKind requesterKind,
            @NotNull Boolean onBehalfOfCustomer,
            Channel channel,
            Boolean record,
            @Size(max = 4000) String summary,
            @Size(max = 254) String email,
            @Size(max = 300) String website) {}

    record ReasonBody(String code, String message) {}

    record EvidenceBody(IdentityEvidence.Kind kind, IdentityEvidence.Grade grade, double weight, String detail) {}

    record MatchBody(
            UUID partyId,
            String name,
            PartyKind kind,
            TrustStatus status,
            List<IdentityEvidence.Kind> evidence,
            List<EvidenceBody> evidenceDetails,
            double score,
            boolean requester) {}

    /** The party the request was recorded on; {@code registered} when the caller was registered to record it. */
    record RecordedBody(UUID partyId, long sequence, boolean registered, String seal) {}

    record ScreeningAnswerBody(
            Verdict verdict,
            Priority priority,
            List<ReasonBody> reasons,
            List<MatchBody> matches,
            RecordedBody recorded) {}
}
