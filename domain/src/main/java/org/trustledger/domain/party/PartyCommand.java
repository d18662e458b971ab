package org.trustledger.domain.party;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.trustledger.domain.InvalidValueException;
import org.trustledger.domain.identity.PersonName;
import org.trustledger.domain.identity.PhoneNumber;

/** Something staff ask the ledger to record about a party; the time it is recorded comes with it. */
public sealed interface PartyCommand {
    PartyId partyId();

    Instant recordedAt();

    /** Registers a new requesting party. */
    record RegisterParty(PartyId partyId, PartyKind kind, PartyDetails details, Instant recordedAt)
            implements PartyCommand {
        public RegisterParty {
            InvalidValueException.requireValue("kind", kind);
            details = InvalidValueException.requireValue("details", details).checked();
        }
    }

    /** Replaces what is known of a party, its kind included. */
    record AmendParty(PartyId partyId, PartyKind kind, PartyDetails details, Instant recordedAt)
            implements PartyCommand {
        public AmendParty {
            InvalidValueException.requireValue("kind", kind);
            details = InvalidValueException.requireValue("details", details).checked();
        }
    }

    /**
     * Records a request for help and, when already given, the shop's answer; reasons without an answer are the points
     * staff still weigh, such as a screening's cautions.
     */
    record ReceiveRequest(
            PartyId partyId,
            Channel channel,
            boolean onBehalfOfCustomer,
            String summary,
            Answer answer,
            List<String> reasons,
            Instant recordedAt)
            implements PartyCommand {
        public ReceiveRequest {
            InvalidValueException.requireValue("channel", channel);
            summary = Texts.require("summary", summary, Texts.LONG);
            reasons = Texts.list("reasons", reasons);
            if (answer == Answer.REFUSED && reasons.isEmpty()) {
                throw new InvalidValueException("reasons", "a refusal needs at least one reason");
            }
        }
    }

    /** Records who called for a party, and whether they gave their full name. */
    record IdentifyCaller(
            PartyId partyId,
            PersonName name,
            boolean fullNameGiven,
            String role,
            PhoneNumber callBack,
            Instant recordedAt)
            implements PartyCommand {
        public IdentifyCaller {
            if (fullNameGiven && name == null) {
                throw new InvalidValueException(
                        "name", "the full name was given, so write it down", "error.fullNameMissing", Map.of());
            }
            role = Texts.optional("role", role, Texts.SHORT);
            name = name == null ? null : PersonName.of(name.value());
            callBack = callBack == null ? null : PhoneNumber.ofE164(callBack.e164(), callBack.extension());
        }
    }

    /** Logs a trouble with a party, with the staff member's own note on its category when they wrote one. */
    record LogTrouble(
            PartyId partyId,
            TroubleCategory category,
            Severity severity,
            String description,
            String staffNote,
            LocalDate occurredOn,
            Instant recordedAt)
            implements PartyCommand {
        public LogTrouble {
            InvalidValueException.requireValue("category", category);
            InvalidValueException.requireValue("severity", severity);
            description = Texts.require("description", description, Texts.LONG);
            staffNote = Texts.optional("staffNote", staffNote, Texts.NOTE);
        }

        /** A trouble without a note of the staff member's own. */
        public LogTrouble(
                PartyId partyId,
                TroubleCategory category,
                Severity severity,
                String description,
                LocalDate occurredOn,
                Instant recordedAt) {
            this(partyId, category, severity, description, null, occurredOn, recordedAt);
        }
    }

    /** Records that an invoice was paid short or late. */
    record RecordPaymentShort(
            PartyId partyId,
            String invoiceRef,
            Yen invoiced,
            Yen paid,
            ShortfallReason reason,
            int daysLate,
            Instant recordedAt)
            implements PartyCommand {
        public RecordPaymentShort {
            invoiceRef = InvoiceRefs.require(invoiceRef);
            Yen.requireNotNegative("invoicedYen", InvalidValueException.requireValue("invoicedYen", invoiced));
            Yen.requireNotNegative("paidYen", InvalidValueException.requireValue("paidYen", paid));
            InvalidValueException.requireValue("reason", reason);
            if (invoiced.value() == 0) {
                throw new InvalidValueException(
                        "invoicedYen", "invoicedYen must be more than 0", "error.positive", Map.of());
            }
            if (paid.compareTo(invoiced) > 0) {
                throw new InvalidValueException(
                        "paidYen",
                        "paidYen (" + paid.value() + ") must not exceed invoicedYen (" + invoiced.value() + ")",
                        "error.paidOverInvoiced",
                        Map.of("paid", paid.value(), "invoiced", invoiced.value()));
            }
            if (daysLate < 0) {
                throw new InvalidValueException(
                        "daysLate", "daysLate must not be negative", "error.negative", Map.of());
            }
            if (reason == ShortfallReason.LATE && daysLate == 0) {
                throw new InvalidValueException(
                        "daysLate", "a late payment needs the number of days late", "error.daysLateMissing", Map.of());
            }
            if (paid.equals(invoiced) && reason != ShortfallReason.LATE) {
                throw new InvalidValueException(
                        "paidYen",
                        "the invoice was paid in full; record it with reason LATE if it was paid late",
                        "error.paidInFull",
                        Map.of());
            }
        }
    }

    /** Records money received later against an earlier shortfall. */
    record SettlePayment(PartyId partyId, String invoiceRef, Yen paid, Instant recordedAt) implements PartyCommand {
        public SettlePayment {
            invoiceRef = InvoiceRefs.require(invoiceRef);
            Yen.requireNotNegative("paidYen", InvalidValueException.requireValue("paidYen", paid));
            if (paid.value() == 0) {
                throw new InvalidValueException(
                        "paidYen", "a settlement must pay more than 0 yen", "error.positive", Map.of());
            }
        }
    }

    /**
     * Ends the relationship with a party, for {@code cause}; a cause other than the manager's own decision names the
     * other party it comes from. {@code reason} is the manager's own words.
     */
    record TerminateRelationship(
            PartyId partyId, RelationshipCause cause, PartyId otherParty, String reason, Instant recordedAt)
            implements PartyCommand {
        public TerminateRelationship {
            reason = Texts.require("reason", reason, Texts.LONG);
            requireOtherPartyFor(cause, otherParty);
        }

        /** A manager's own decision, in their words. */
        public TerminateRelationship(PartyId partyId, String reason, Instant recordedAt) {
            this(partyId, RelationshipCause.MANAGER_DECISION, null, reason, recordedAt);
        }
    }

    /** Takes a terminated party back, because it may have improved; {@code cause} as on a termination. */
    record ReinstateRelationship(
            PartyId partyId, RelationshipCause cause, PartyId otherParty, String reason, Instant recordedAt)
            implements PartyCommand {
        public ReinstateRelationship {
            reason = Texts.require("reason", reason, Texts.LONG);
            requireOtherPartyFor(cause, otherParty);
        }

        /** A manager's own decision, in their words. */
        public ReinstateRelationship(PartyId partyId, String reason, Instant recordedAt) {
            this(partyId, RelationshipCause.MANAGER_DECISION, null, reason, recordedAt);
        }
    }

    /** A manager decides on this party alone; every other cause comes from another party, which it names. */
    private static void requireOtherPartyFor(RelationshipCause cause, PartyId otherParty) {
        InvalidValueException.requireValue("cause", cause);
        if ((cause == RelationshipCause.MANAGER_DECISION) != (otherParty == null)) {
            throw new InvalidValueException(
                    "otherParty",
                    cause == RelationshipCause.MANAGER_DECISION
                            ? "a manager's own decision names no other party"
                            : "a " + cause + " names the other party it comes from",
                    "error.required",
                    Map.of());
        }
    }

    /**
     * A manager's review of a suspected rename: {@code confirmed} when this party is the terminated {@code linkedParty}
     * under another name (the relationship ends too), otherwise the link is dismissed and no longer counts.
     */
    record ReviewLink(PartyId partyId, PartyId linkedParty, boolean confirmed, String reason, Instant recordedAt)
            implements PartyCommand {
        public ReviewLink {
            InvalidValueException.requireValue("linkedPartyId", linkedParty);
            if (linkedParty.equals(partyId)) {
                throw new InvalidValueException(
                        "linkedPartyId", "a party cannot be linked to itself", "error.linkedToItself", Map.of());
            }
            reason = Texts.require("reason", reason, Texts.LONG);
        }
    }

    /**
     * Records on the original party that a manager confirmed {@code renamedParty} as it under another name, so that
     * either side knows the other when one of them is terminated or reinstated.
     */
    record RecordRename(PartyId partyId, PartyId renamedParty, String reason, Instant recordedAt)
            implements PartyCommand {
        public RecordRename {
            InvalidValueException.requireValue("renamedParty", renamedParty);
            if (renamedParty.equals(partyId)) {
                throw new InvalidValueException("renamedParty", "a party cannot be a rename of itself");
            }
            reason = Texts.require("reason", reason, Texts.LONG);
        }
    }

    /** A manager withdraws entry {@code sequence} of the party's history, recorded in error, saying why. */
    record RetractEntry(PartyId partyId, long sequence, String reason, Instant recordedAt) implements PartyCommand {
        public RetractEntry {
            if (sequence < 1) {
                throw new InvalidValueException(
                        "sequence", "sequence " + sequence + " is not an entry; entries count from 1");
            }
            reason = Texts.require("reason", reason, Texts.LONG);
        }
    }

    /**
     * A manager erases the personal data of a person, saying why (in words that name no one): the person this party is
     * when {@code person} is null, else someone named on its entries (a caller, its representative). It answers the
     * person's request recorded as entry {@code request}; without one, the erasure of the party's own person answers the
     * earliest request to stop use or erase still unanswered, if any, and another person's answers none, since a
     * business's requests do not say which of its people asked.
     */
    record ErasePersonalData(PartyId partyId, PersonId person, Long request, String reason, Instant recordedAt)
            implements PartyCommand {
        public ErasePersonalData {
            if (request != null && request < 1) {
                throw new InvalidValueException(
                        "requestSequence", "request " + request + " is not an entry; entries count from 1");
            }
            reason = Texts.require("reason", reason, Texts.LONG);
        }

        /** The erasure of the person this party is, answering entry {@code request} (null for the earliest open). */
        public ErasePersonalData(PartyId partyId, Long request, String reason, Instant recordedAt) {
            this(partyId, null, request, reason, recordedAt);
        }

        /** The erasure of the person this party is, naming no request. */
        public ErasePersonalData(PartyId partyId, String reason, Instant recordedAt) {
            this(partyId, null, null, reason, recordedAt);
        }
    }

    /**
     * Records a person's request about the data the shop holds of them, received on {@code receivedOn} — the day it
     * is recorded, in the shop's time zone, when not given.
     */
    record RecordPersonalDataRequest(
            PartyId partyId, PersonalDataRequestKind kind, Channel channel, LocalDate receivedOn, Instant recordedAt)
            implements PartyCommand {
        public RecordPersonalDataRequest {
            InvalidValueException.requireValue("kind", kind);
            InvalidValueException.requireValue("channel", channel);
        }
    }

    /** A manager refuses the person's request recorded as entry {@code request}, with the reason the law allows. */
    record RefusePersonalDataRequest(PartyId partyId, long request, String reason, Instant recordedAt)
            implements PartyCommand {
        public RefusePersonalDataRequest {
            if (request < 1) {
                throw new InvalidValueException(
                        "sequence", "request " + request + " is not an entry; entries count from 1");
            }
            reason = Texts.require("reason", reason, Texts.LONG);
        }
    }

    /**
     * A manager records that the person's request to see or correct their data, recorded as entry {@code request}, was
     * answered, with an optional note on how.
     */
    record AnswerPersonalDataRequest(PartyId partyId, long request, String note, Instant recordedAt)
            implements PartyCommand {
        public AnswerPersonalDataRequest {
            if (request < 1) {
                throw new InvalidValueException(
                        "sequence", "request " + request + " is not an entry; entries count from 1");
            }
            note = Texts.optional("note", note, Texts.NOTE);
        }
    }
}
