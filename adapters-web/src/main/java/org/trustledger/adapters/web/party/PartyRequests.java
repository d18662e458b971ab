package org.trustledger.adapters.web.party;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.trustledger.adapters.web.support.StrictJsonConfiguration.YenAmount;
import org.trustledger.domain.identity.BankAccount.AccountType;
import org.trustledger.domain.party.Answer;
import org.trustledger.domain.party.Channel;
import org.trustledger.domain.party.PartyKind;
import org.trustledger.domain.party.Severity;
import org.trustledger.domain.party.ShortfallReason;
import org.trustledger.domain.party.TroubleCategory;
import tools.jackson.databind.annotation.JsonDeserialize;

/** The JSON bodies the party API accepts; names are part of the API and are only ever added to. */
final class PartyRequests {
    /** A trillion yen: far above any invoice of the shop, far below where arithmetic on amounts could overflow. */
    static final long MAX_YEN = 1_000_000_000_000L;

    /**
     * Names and keys may not hide zero-width characters: two names that look alike would be stored as different
     * parties, and an invoice reference could never be typed again.
     */
    static final String NO_INVISIBLES = "[^\\u200B-\\u200F\\u2060-\\u2064\\uFEFF]*";

    static final String INVISIBLES_MESSAGE = "must not contain zero-width or direction marks";

    private PartyRequests() {}

    record BankAccountRequest(
            @NotBlank @Size(max = 100) String bank,
            @NotBlank @Size(max = 100) String branch,
            AccountType type,
            @NotBlank @Size(max = 20) String number,
            @Size(max = 100) String holder) {}

    record PartyRequest(
            @NotNull PartyKind kind,

            @NotBlank @Size(max = 200) @Pattern(regexp = NO_INVISIBLES, message = INVISIBLES_MESSAGE)
            String name,

            @Size(max = 10) List<@NotBlank String> phones,
            @Size(max = 300) String address,

            @Size(max = 100) @Pattern(regexp = NO_INVISIBLES, message = INVISIBLES_MESSAGE)
            String representative,

            @Valid BankAccountRequest bankAccount,
            @Size(max = 10) List<@NotBlank @Size(max = 254) String> emails,
            @Size(max = 10) List<@NotBlank @Size(max = 300) String> websites) {}

    record RequestReceivedRequest(
            @NotNull Channel channel,
            @NotNull Boolean onBehalfOfCustomer,
            @NotBlank @Size(max = 4000) String summary,
            Answer answer,
            @Size(max = 20) List<@NotBlank String> reasons) {}

    record CallerRequest(
            @Size(max = 100) @Pattern(regexp = NO_INVISIBLES, message = INVISIBLES_MESSAGE)
            String name,

            @NotNull Boolean fullNameGiven,
            @Size(max = 100) String role,
            String phone) {}

    record TroubleRequest(
            @NotNull TroubleCategory category,
            @NotNull Severity severity,
            @NotBlank @Size(max = 4000) String description,
            @Size(max = 500) String staffNote,
            LocalDate occurredOn) {}

    record PaymentShortRequest(
            @NotBlank @Size(max = 100) @Pattern(regexp = NO_INVISIBLES, message = INVISIBLES_MESSAGE)
            String invoiceRef,

            @NotNull @PositiveOrZero @Max(MAX_YEN) @JsonDeserialize(using = YenAmount.class)
            Long invoicedYen,

            @NotNull @PositiveOrZero @Max(MAX_YEN) @JsonDeserialize(using = YenAmount.class)
            Long paidYen,

            @NotNull ShortfallReason reason,
            @PositiveOrZero @Max(36_500) Integer daysLate) {}

    record SettlementRequest(
            @NotNull @PositiveOrZero @Max(MAX_YEN) @JsonDeserialize(using = YenAmount.class)
            Long paidYen) {}

    /** A settlement naming its invoice in the body, for references a URL path cannot carry (2026/11-003). */
    record InvoiceSettlementRequest(
            @NotBlank @Size(max = 100) @Pattern(regexp = NO_INVISIBLES, message = INVISIBLES_MESSAGE)
            String invoiceRef,

            @NotNull @PositiveOrZero @Max(MAX_YEN) @JsonDeserialize(using = YenAmount.class)
            Long paidYen) {}

    record ReasonRequest(@NotBlank @Size(max = 4000) String reason) {}

    record RetractionRequest(
            @NotNull @Positive Long sequence,
            @NotBlank @Size(max = 4000) String reason) {}

    record LinkReviewRequest(
            @NotBlank @Size(max = 36) String linkedPartyId,
            @NotNull Boolean confirmed,
            @NotBlank @Size(max = 4000) String reason) {}
}
