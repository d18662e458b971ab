package org.trustledger.adapters.web.ui;

import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.trustledger.adapters.common.ValueMappings;
import org.trustledger.application.port.out.Permission;
import org.trustledger.domain.InvalidValueException;
import org.trustledger.domain.party.Answer;
import org.trustledger.domain.party.Channel;
import org.trustledger.domain.party.PartyCommand;
import org.trustledger.domain.party.PartyCommand.AnswerPersonalDataRequest;
import org.trustledger.domain.party.PartyCommand.IdentifyCaller;
import org.trustledger.domain.party.PartyCommand.LogTrouble;
import org.trustledger.domain.party.PartyCommand.ReceiveRequest;
import org.trustledger.domain.party.PartyCommand.RecordPaymentShort;
import org.trustledger.domain.party.PartyCommand.RecordPersonalDataRequest;
import org.trustledger.domain.party.PartyCommand.RefusePersonalDataRequest;
import org.trustledger.domain.party.PartyCommand.ReinstateRelationship;
import org.trustledger.domain.party.PartyCommand.RetractEntry;
import org.trustledger.domain.party.PartyCommand.ReviewLink;
import org.trustledger.domain.party.PartyCommand.SettlePayment;
import org.trustledger.domain.party.PartyCommand.TerminateRelationship;
import org.trustledger.domain.party.PartyId;
import org.trustledger.domain.party.PersonalDataRequestKind;
import org.trustledger.domain.party.Severity;
import org.trustledger.domain.party.ShortfallReason;
import org.trustledger.domain.party.TroubleCategory;

/**
 * One form of the party page as staff typed it: it becomes one command, which the domain checks, and says who may send
 * it by the application's table.
 */
sealed interface InteractionForm {
    /** Each form of the party page by its name in the page, as it shows before anything is typed. */
    Map<String, InteractionForm> BLANK = Map.ofEntries(
            Map.entry("requestForm", new RequestForm(null, false, null, null, null)),
            Map.entry("callerForm", new CallerForm(null, false, null, null)),
            Map.entry("troubleForm", new TroubleForm(null, null, null, null, null)),
            Map.entry("shortfallForm", new ShortfallForm(null, null, null, null, null)),
            Map.entry("settlementForm", new SettlementForm(null, null)),
            Map.entry("terminateForm", new TerminateForm(null, false)),
            Map.entry("reinstateForm", new ReinstateForm(null)),
            Map.entry("linkReviewForm", new LinkReviewForm(null, false, null, false)),
            Map.entry("retractForm", new RetractForm(null, null)),
            Map.entry("personRequestForm", new PersonRequestForm(null, null, null)),
            Map.entry("personRefusalForm", new PersonRefusalForm(null, null)),
            Map.entry("personAnswerForm", new PersonAnswerForm(null, null)));

    /** The command this form records for the party, read by today's rules. */
    PartyCommand command(PartyId party, ValueMappings values, Instant now);

    /** Who may send it, by the application's table. */
    default Permission permission() {
        return Permission.RECORD;
    }

    /** The form's name of a field the domain names otherwise. */
    default String fieldOf(String domainField) {
        return domainField;
    }

    /**
     * Whether the press only shows what will happen: a decision that ends the relationship is recorded on the second
     * press, once its consequence was read.
     */
    default boolean asksToBeSure() {
        return false;
    }

    /** A form that decides whom the shop serves: for those the table lets decide. */
    sealed interface Decision extends InteractionForm {
        @Override
        default Permission permission() {
            return Permission.DECIDE;
        }
    }

    private static boolean hasText(String text) {
        return text != null && !text.isBlank();
    }

    record RequestForm(
            Channel channel,
            Boolean onBehalfOfCustomer,
            @Size(max = 4000) String summary,
            Answer answer,
            @Size(max = 4000) String reason)
            implements InteractionForm {
        /** A box not sent is not ticked. */
        public RequestForm {
            channel = channel == null ? Channel.PHONE : channel;
            onBehalfOfCustomer = onBehalfOfCustomer != null && onBehalfOfCustomer;
        }

        @Override
        public PartyCommand command(PartyId party, ValueMappings values, Instant now) {
            return new ReceiveRequest(
                    party,
                    channel,
                    onBehalfOfCustomer,
                    summary,
                    answer,
                    hasText(reason) ? List.of(reason.strip()) : List.of(),
                    now);
        }
    }

    record CallerForm(
            @Size(max = 100) String callerName,
            Boolean fullNameGiven,
            @Size(max = 100) String role,
            @Size(max = 40) String phone)
            implements InteractionForm {
        private static final Map<String, String> FIELDS = Map.of("name", "callerName", "callBack", "phone");

        /** A box not sent is not ticked. */
        public CallerForm {
            fullNameGiven = fullNameGiven != null && fullNameGiven;
        }

        @Override
        public PartyCommand command(PartyId party, ValueMappings values, Instant now) {
            return new IdentifyCaller(
                    party, values.personName(callerName), fullNameGiven, role, values.phone(phone), now);
        }

        @Override
        public String fieldOf(String domainField) {
            return FIELDS.getOrDefault(domainField, domainField);
        }
    }

    record TroubleForm(
            TroubleCategory category,
            Severity severity,
            @Size(max = 4000) String description,
            @Size(max = 500) String staffNote,
            LocalDate occurredOn)
            implements InteractionForm {
        @Override
        public PartyCommand command(PartyId party, ValueMappings values, Instant now) {
            return new LogTrouble(party, category, severity, description, staffNote, occurredOn, now);
        }
    }

    record ShortfallForm(
            @Size(max = 100) String invoiceRef,
            @PositiveOrZero Long invoicedYen,
            @PositiveOrZero Long paidYen,
            ShortfallReason shortfallReason,
            @PositiveOrZero Integer daysLate)
            implements InteractionForm {
        @Override
        public PartyCommand command(PartyId party, ValueMappings values, Instant now) {
            return new RecordPaymentShort(
                    party,
                    invoiceRef,
                    values.yen(invoicedYen),
                    values.yen(paidYen),
                    shortfallReason,
                    daysLate == null ? 0 : daysLate,
                    now);
        }

        @Override
        public String fieldOf(String domainField) {
            return domainField.equals("reason") ? "shortfallReason" : domainField;
        }
    }

    record SettlementForm(
            @Size(max = 100) String invoiceRef,
            @PositiveOrZero Long paidYen) implements InteractionForm {
        @Override
        public PartyCommand command(PartyId party, ValueMappings values, Instant now) {
            return new SettlePayment(party, invoiceRef, values.yen(paidYen), now);
        }
    }

    /** @param sure the second press, after the consequence was shown */
    record TerminateForm(@Size(max = 4000) String reason, Boolean sure) implements Decision {
        /** A field not sent is not chosen. */
        public TerminateForm {
            sure = sure != null && sure;
        }

        @Override
        public PartyCommand command(PartyId party, ValueMappings values, Instant now) {
            return new TerminateRelationship(party, reason, now);
        }

        @Override
        public boolean asksToBeSure() {
            return hasText(reason) && !sure;
        }
    }

    record ReinstateForm(@Size(max = 4000) String reason) implements Decision {
        @Override
        public PartyCommand command(PartyId party, ValueMappings values, Instant now) {
            return new ReinstateRelationship(party, reason, now);
        }
    }

    /** @param sure the second press of a confirmed link, after the consequence was shown */
    record LinkReviewForm(
            @Size(max = 40) String linkedPartyId,
            Boolean confirmed,
            @Size(max = 4000) String reason,
            Boolean sure) implements Decision {
        /** A field not sent is not chosen. */
        public LinkReviewForm {
            confirmed = confirmed != null && confirmed;
            sure = sure != null && sure;
        }

        @Override
        public PartyCommand command(PartyId party, ValueMappings values, Instant now) {
            return new ReviewLink(party, linkedParty(linkedPartyId), confirmed, reason, now);
        }

        @Override
        public boolean asksToBeSure() {
            return confirmed && hasText(reason) && !sure;
        }

        static PartyId linkedParty(String text) {
            if (!hasText(text)) {
                throw new InvalidValueException("linkedPartyId", "linkedPartyId is required");
            }
            try {
                return PartyId.of(text.strip());
            } catch (InvalidValueException e) {
                throw new InvalidValueException("linkedPartyId", "linkedPartyId must be a party id");
            }
        }
    }

    /** A person's request about their data, received on a day (today when left empty). */
    record PersonRequestForm(PersonalDataRequestKind kind, Channel channel, LocalDate receivedOn)
            implements InteractionForm {
        @Override
        public PartyCommand command(PartyId party, ValueMappings values, Instant now) {
            return new RecordPersonalDataRequest(party, kind, channel, receivedOn, now);
        }

        @Override
        public Permission permission() {
            return Permission.PERSONAL_DATA_REQUESTS;
        }
    }

    /** Refuses the person's request in entry {@code sequence}, with the reason the law allows. */
    record PersonRefusalForm(
            @Positive Long sequence, @Size(max = 4000) String reason) implements InteractionForm {
        @Override
        public PartyCommand command(PartyId party, ValueMappings values, Instant now) {
            return new RefusePersonalDataRequest(party, sequence == null ? 0 : sequence, reason, now);
        }

        @Override
        public Permission permission() {
            return Permission.PERSONAL_DATA_REQUESTS;
        }
    }

    /** Records that the person's request in entry {@code sequence} to see or correct their data was answered. */
    record PersonAnswerForm(
            @Positive Long sequence, @Size(max = 500) String note) implements InteractionForm {
        @Override
        public PartyCommand command(PartyId party, ValueMappings values, Instant now) {
            return new AnswerPersonalDataRequest(party, sequence == null ? 0 : sequence, note, now);
        }

        @Override
        public Permission permission() {
            return Permission.PERSONAL_DATA_REQUESTS;
        }
    }

    /** Withdraws an entry recorded in error. */
    record RetractForm(
            @Positive Long sequence, @Size(max = 4000) String reason) implements Decision {
        @Override
        public PartyCommand command(PartyId party, ValueMappings values, Instant now) {
            return new RetractEntry(party, sequence == null ? 0 : sequence, reason, now);
        }
    }
}
