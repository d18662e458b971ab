package org.trustledger.adapters.web.party;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.trustledger.domain.identity.BankAccount.AccountType;
import org.trustledger.domain.party.Answer;
import org.trustledger.domain.party.Channel;
import org.trustledger.domain.party.PartyKind;
import org.trustledger.domain.party.Severity;
import org.trustledger.domain.party.ShortfallReason;
import org.trustledger.domain.party.TroubleCategory;

/** The JSON bodies the party API accepts; names are part of the API and are only ever added to. */
final class PartyRequests {
    private PartyRequests() {}

    record BankAccountRequest(
            @NotBlank String bank,
            @NotBlank String branch,
            AccountType type,
            @NotBlank String number,
            String holder) {}

    record PartyRequest(
            @NotNull PartyKind kind,
            @NotBlank @Size(max = 200) String name,
            @Size(max = 10) List<@NotBlank String> phones,
            @Size(max = 300) String address,
            @Size(max = 100) String representative,
            @Valid BankAccountRequest bankAccount) {}

    record RequestReceivedRequest(
            @NotNull Channel channel,
            @NotNull Boolean onBehalfOfCustomer,
            @NotBlank @Size(max = 4000) String summary,
            Answer answer,
            @Size(max = 20) List<@NotBlank String> reasons) {}

    record CallerRequest(
            @Size(max = 100) String name,
            @NotNull Boolean fullNameGiven,
            @Size(max = 100) String role,
            String phone) {}

    record TroubleRequest(
            @NotNull TroubleCategory category,
            @NotNull Severity severity,
            @NotBlank @Size(max = 4000) String description,
            LocalDate occurredOn) {}

    record PaymentShortRequest(
            @NotBlank @Size(max = 100) String invoiceRef,
            @NotNull @PositiveOrZero Long invoicedYen,
            @NotNull @PositiveOrZero Long paidYen,
            @NotNull ShortfallReason reason,
            @PositiveOrZero Integer daysLate) {}

    record SettlementRequest(@NotNull @PositiveOrZero Long paidYen) {}

    /** A settlement naming its invoice in the body, for references a URL path cannot carry (2026/11-003). */
    record InvoiceSettlementRequest(
            @NotBlank @Size(max = 100) String invoiceRef,
            @NotNull @PositiveOrZero Long paidYen) {}

    record ReasonRequest(@NotBlank @Size(max = 4000) String reason) {}

    record RetractionRequest(
            @NotNull @Positive Long sequence,
            @NotBlank @Size(max = 4000) String reason) {}

    record LinkReviewRequest(
            @NotBlank String linkedPartyId,
            @NotNull Boolean confirmed,
            @NotBlank @Size(max = 4000) String reason) {}
}
