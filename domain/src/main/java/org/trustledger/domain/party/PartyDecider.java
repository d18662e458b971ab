package org.trustledger.domain.party;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.trustledger.domain.HistoryConflictException;
import org.trustledger.domain.InvalidValueException;
import org.trustledger.domain.UnknownPartyException;
import org.trustledger.domain.party.PartyCommand.AmendParty;
import org.trustledger.domain.party.PartyCommand.IdentifyCaller;
import org.trustledger.domain.party.PartyCommand.LogTrouble;
import org.trustledger.domain.party.PartyCommand.ReceiveRequest;
import org.trustledger.domain.party.PartyCommand.RecordPaymentShort;
import org.trustledger.domain.party.PartyCommand.RecordRename;
import org.trustledger.domain.party.PartyCommand.RegisterParty;
import org.trustledger.domain.party.PartyCommand.ReinstateRelationship;
import org.trustledger.domain.party.PartyCommand.ReviewLink;
import org.trustledger.domain.party.PartyCommand.SettlePayment;
import org.trustledger.domain.party.PartyCommand.TerminateRelationship;
import org.trustledger.domain.party.PartyEvent.CallerIdentified;
import org.trustledger.domain.party.PartyEvent.LinkReviewed;
import org.trustledger.domain.party.PartyEvent.PartyAmended;
import org.trustledger.domain.party.PartyEvent.PartyRegistered;
import org.trustledger.domain.party.PartyEvent.PaymentSettled;
import org.trustledger.domain.party.PartyEvent.PaymentShort;
import org.trustledger.domain.party.PartyEvent.RelationshipReinstated;
import org.trustledger.domain.party.PartyEvent.RelationshipTerminated;
import org.trustledger.domain.party.PartyEvent.RenameConfirmed;
import org.trustledger.domain.party.PartyEvent.RequestReceived;
import org.trustledger.domain.party.PartyEvent.TroubleLogged;

/** Decides which events a command produces from a party's state, and folds events into that state. */
public final class PartyDecider {
    /** The shop is in Japan: "the day it happened" is a Japanese calendar day. */
    public static final ZoneId SHOP_ZONE = ZoneId.of("Asia/Tokyo");

    private PartyDecider() {}

    public static List<PartyEvent> decide(PartyCommand command, PartyState state) {
        InvalidValueException.requireValue("partyId", command.partyId());
        InvalidValueException.requireValue("recordedAt", command.recordedAt());
        if (command instanceof RegisterParty c) {
            if (state.registered()) {
                throw new HistoryConflictException("party " + c.partyId() + " is already registered");
            }
            return List.of(new PartyRegistered(c.partyId(), c.kind(), c.details(), c.recordedAt()));
        }
        if (!state.registered()) {
            throw new UnknownPartyException(command.partyId().value());
        }
        return switch (command) {
            case RegisterParty c -> throw new IllegalStateException("handled above");
            case AmendParty c -> amend(c, state);
            case ReceiveRequest c ->
                List.of(new RequestReceived(
                        c.partyId(),
                        c.channel(),
                        c.onBehalfOfCustomer(),
                        c.summary(),
                        c.answer(),
                        c.reasons(),
                        c.recordedAt()));
            case IdentifyCaller c ->
                List.of(new CallerIdentified(
                        c.partyId(), c.name(), c.fullNameGiven(), c.role(), c.callBack(), c.recordedAt()));
            case LogTrouble c -> logTrouble(c);
            case RecordPaymentShort c -> recordShortfall(c, state);
            case SettlePayment c -> settle(c, state);
            case TerminateRelationship c -> {
                if (state.terminated()) {
                    throw new HistoryConflictException("the relationship with party " + c.partyId()
                            + " is already terminated; reinstate it before terminating it again");
                }
                yield List.of(new RelationshipTerminated(c.partyId(), c.reason(), c.recordedAt()));
            }
            case ReinstateRelationship c -> {
                if (!state.terminated()) {
                    throw new HistoryConflictException(
                            "the relationship with party " + c.partyId() + " is not terminated; nothing to reinstate");
                }
                yield List.of(new RelationshipReinstated(c.partyId(), c.reason(), c.recordedAt()));
            }
            case ReviewLink c -> reviewLink(c, state);
            case RecordRename c ->
                // Confirmed once is enough: a repeat, such as a retried follow-up, records nothing.
                state.sameBusiness().contains(c.renamedParty())
                        ? List.of()
                        : List.of(new RenameConfirmed(c.partyId(), c.renamedParty(), c.reason(), c.recordedAt()));
        };
    }

    public static PartyState evolve(PartyState state, PartyEvent event) {
        PartyState next = switch (event) {
            case PartyRegistered e -> state.withDetails(e.partyId(), e.kind(), e.details());
            case PartyAmended e -> state.withDetails(e.partyId(), e.kind(), e.details());
            case RequestReceived e -> state.withRequest(e.answer());
            case CallerIdentified e -> e.fullNameGiven() && e.name() != null ? state.withCaller(e.name()) : state;
            case TroubleLogged e -> state.withTrouble();
            case PaymentShort e -> state.withOutstanding(e.invoiceRef(), e.outstanding());
            case PaymentSettled e -> state.withOutstanding(e.invoiceRef(), e.outstanding());
            case RelationshipTerminated e -> state.withTerminated(true);
            case RelationshipReinstated e -> state.withTerminated(false);
            case LinkReviewed e -> state.withReviewedLink(e.linkedParty(), e.confirmed());
            case RenameConfirmed e -> state.withRename(e.renamedParty());
        };
        return next.counted(event.recordedAt());
    }

    /** Folds a whole history, oldest first, into a state. */
    public static PartyState replay(List<? extends PartyEvent> history) {
        PartyState state = PartyState.INITIAL;
        for (PartyEvent event : history) {
            state = evolve(state, event);
        }
        return state;
    }

    private static List<PartyEvent> amend(AmendParty c, PartyState state) {
        if (c.kind() == state.kind() && c.details().equals(state.details())) {
            // Nothing changed: an event would only add noise to the audit trail.
            return List.of();
        }
        return List.of(new PartyAmended(c.partyId(), c.kind(), c.details(), c.recordedAt()));
    }

    private static List<PartyEvent> logTrouble(LogTrouble c) {
        LocalDate recordedOn = c.recordedAt().atZone(SHOP_ZONE).toLocalDate();
        if (c.occurredOn() != null && c.occurredOn().isAfter(recordedOn)) {
            throw new InvalidValueException(
                    "occurredOn",
                    "occurredOn " + c.occurredOn() + " is in the future; a trouble is logged after it happens");
        }
        return List.of(new TroubleLogged(
                c.partyId(), c.category(), c.severity(), c.description(), c.occurredOn(), c.recordedAt()));
    }

    private static List<PartyEvent> recordShortfall(RecordPaymentShort c, PartyState state) {
        var recorded = InvoiceRefs.recordedAs(c.invoiceRef(), state.outstandingByInvoice());
        if (recorded.isPresent()) {
            throw new HistoryConflictException("a shortfall for invoice '" + recorded.get()
                    + "' is already recorded; record a settlement against it instead");
        }
        return List.of(new PaymentShort(
                c.partyId(),
                c.invoiceRef(),
                c.invoiced(),
                c.paid(),
                c.invoiced().minus(c.paid()),
                c.reason(),
                c.daysLate(),
                c.recordedAt()));
    }

    private static List<PartyEvent> reviewLink(ReviewLink c, PartyState state) {
        if (state.reviewedLinks().contains(c.linkedParty())) {
            throw new HistoryConflictException("the link between party " + c.partyId() + " and party " + c.linkedParty()
                    + " was already reviewed; a review is final, record a termination or reinstatement instead");
        }
        var reviewed = new LinkReviewed(c.partyId(), c.linkedParty(), c.confirmed(), c.reason(), c.recordedAt());
        if (!c.confirmed() || state.terminated()) {
            return List.of(reviewed);
        }
        // A confirmed rename is the terminated party back under another name: the shop's refusal applies to it too.
        return List.of(
                reviewed,
                new RelationshipTerminated(
                        c.partyId(),
                        "confirmed rename of party " + c.linkedParty() + ": " + c.reason(),
                        c.recordedAt()));
    }

    private static List<PartyEvent> settle(SettlePayment c, PartyState state) {
        // The settlement is filed under the reference as first recorded, so that history and status see one invoice
        // however staff typed it the second time.
        String invoiceRef = InvoiceRefs.recordedAs(c.invoiceRef(), state.outstandingByInvoice())
                .orElseThrow(() -> new HistoryConflictException(
                        "no shortfall is recorded for invoice '" + c.invoiceRef() + "'; record the shortfall first"));
        Yen outstanding = state.outstandingByInvoice().get(invoiceRef);
        if (outstanding.value() == 0) {
            throw new HistoryConflictException("invoice '" + invoiceRef + "' is already settled");
        }
        if (c.paid().compareTo(outstanding) > 0) {
            throw new InvalidValueException(
                    "paidYen",
                    "paidYen (" + c.paid().value() + ") is more than the " + outstanding.value()
                            + " yen still owed on invoice '" + invoiceRef + "'");
        }
        return List.of(
                new PaymentSettled(c.partyId(), invoiceRef, c.paid(), outstanding.minus(c.paid()), c.recordedAt()));
    }
}
