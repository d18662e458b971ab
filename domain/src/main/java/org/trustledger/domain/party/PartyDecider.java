package org.trustledger.domain.party;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.trustledger.domain.HistoryConflictException;
import org.trustledger.domain.InvalidValueException;
import org.trustledger.domain.UnknownEntryException;
import org.trustledger.domain.UnknownPartyException;
import org.trustledger.domain.party.PartyCommand.AmendParty;
import org.trustledger.domain.party.PartyCommand.AnswerPersonalDataRequest;
import org.trustledger.domain.party.PartyCommand.ErasePersonalData;
import org.trustledger.domain.party.PartyCommand.IdentifyCaller;
import org.trustledger.domain.party.PartyCommand.LogTrouble;
import org.trustledger.domain.party.PartyCommand.ReceiveRequest;
import org.trustledger.domain.party.PartyCommand.RecordPaymentShort;
import org.trustledger.domain.party.PartyCommand.RecordPersonalDataRequest;
import org.trustledger.domain.party.PartyCommand.RecordRename;
import org.trustledger.domain.party.PartyCommand.RefusePersonalDataRequest;
import org.trustledger.domain.party.PartyCommand.RegisterParty;
import org.trustledger.domain.party.PartyCommand.ReinstateRelationship;
import org.trustledger.domain.party.PartyCommand.RetractEntry;
import org.trustledger.domain.party.PartyCommand.ReviewLink;
import org.trustledger.domain.party.PartyCommand.SettlePayment;
import org.trustledger.domain.party.PartyCommand.TerminateRelationship;
import org.trustledger.domain.party.PartyEvent.CallerIdentified;
import org.trustledger.domain.party.PartyEvent.EntryRetracted;
import org.trustledger.domain.party.PartyEvent.LinkReviewed;
import org.trustledger.domain.party.PartyEvent.PartyAmended;
import org.trustledger.domain.party.PartyEvent.PartyRegistered;
import org.trustledger.domain.party.PartyEvent.PaymentSettled;
import org.trustledger.domain.party.PartyEvent.PaymentShort;
import org.trustledger.domain.party.PartyEvent.PersonalDataErased;
import org.trustledger.domain.party.PartyEvent.PersonalDataRequestAnswered;
import org.trustledger.domain.party.PartyEvent.PersonalDataRequestRefused;
import org.trustledger.domain.party.PartyEvent.PersonalDataRequested;
import org.trustledger.domain.party.PartyEvent.RelationshipReinstated;
import org.trustledger.domain.party.PartyEvent.RelationshipTerminated;
import org.trustledger.domain.party.PartyEvent.RenameConfirmed;
import org.trustledger.domain.party.PartyEvent.RequestReceived;
import org.trustledger.domain.party.PartyEvent.TroubleLogged;
import org.trustledger.domain.party.PersonalDataRequests.Request;

/** Decides which events a command produces from a party's state, and folds events into that state. */
public final class PartyDecider {
    /** The shop is in Japan: "the day it happened" is a Japanese calendar day. */
    public static final ZoneId SHOP_ZONE = ZoneId.of("Asia/Tokyo");

    private PartyDecider() {}

    /**
     * The events the command produces, never stamped earlier than the party's latest entry: commands queued behind a
     * busy party's writers, or sent again after losing a race, were stamped when they arrived, and a history whose
     * times go back and forth between entries would read wrongly and fold the party's trust again from the start.
     */
    public static List<PartyEvent> decide(PartyCommand command, PartyState state) {
        List<PartyEvent> events = decideAsStamped(command, state);
        Instant latest = state.updatedAt();
        if (latest == null || !command.recordedAt().isBefore(latest)) {
            return events;
        }
        return events.stream().map(event -> stampedAt(event, latest)).toList();
    }

    private static List<PartyEvent> decideAsStamped(PartyCommand command, PartyState state) {
        InvalidValueException.requireValue("partyId", command.partyId());
        InvalidValueException.requireValue("recordedAt", command.recordedAt());
        if (command instanceof RegisterParty c) {
            if (state.registered()) {
                throw new HistoryConflictException(
                        "party " + c.partyId() + " is already registered", "error.alreadyRegistered", Map.of());
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
                    throw new HistoryConflictException(
                            "the relationship with party " + c.partyId()
                                    + " is already terminated; reinstate it before terminating it again",
                            "error.alreadyTerminated",
                            Map.of());
                }
                yield List.of(
                        new RelationshipTerminated(c.partyId(), c.cause(), c.otherParty(), c.reason(), c.recordedAt()));
            }
            case ReinstateRelationship c -> {
                if (!state.terminated()) {
                    throw new HistoryConflictException(
                            "the relationship with party " + c.partyId() + " is not terminated; nothing to reinstate",
                            "error.notTerminated",
                            Map.of());
                }
                yield List.of(
                        new RelationshipReinstated(c.partyId(), c.cause(), c.otherParty(), c.reason(), c.recordedAt()));
            }
            case ReviewLink c -> reviewLink(c, state);
            case RecordRename c ->
                // Confirmed once is enough: a repeat, such as a retried follow-up, records nothing.
                state.sameBusiness().contains(c.renamedParty())
                        ? List.of()
                        : List.of(new RenameConfirmed(c.partyId(), c.renamedParty(), c.reason(), c.recordedAt()));
            case RetractEntry c -> retract(c, state);
            case ErasePersonalData c -> erase(c, state);
            case RecordPersonalDataRequest c -> recordPersonalDataRequest(c);
            case RefusePersonalDataRequest c -> refuse(c, state);
            case AnswerPersonalDataRequest c -> answer(c, state);
        };
    }

    /** The event as recorded at another instant, all else the same. */
    static PartyEvent stampedAt(PartyEvent event, Instant at) {
        return switch (event) {
            case PartyRegistered e -> new PartyRegistered(e.partyId(), e.kind(), e.details(), at);
            case PartyAmended e -> new PartyAmended(e.partyId(), e.kind(), e.details(), at);
            case RequestReceived e ->
                new RequestReceived(
                        e.partyId(), e.channel(), e.onBehalfOfCustomer(), e.summary(), e.answer(), e.reasons(), at);
            case CallerIdentified e ->
                new CallerIdentified(e.partyId(), e.name(), e.fullNameGiven(), e.role(), e.callBack(), at);
            case TroubleLogged e ->
                new TroubleLogged(
                        e.partyId(), e.category(), e.severity(), e.description(), e.staffNote(), e.occurredOn(), at);
            case PaymentShort e ->
                new PaymentShort(
                        e.partyId(),
                        e.invoiceRef(),
                        e.invoiced(),
                        e.paid(),
                        e.outstanding(),
                        e.reason(),
                        e.daysLate(),
                        at);
            case PaymentSettled e -> new PaymentSettled(e.partyId(), e.invoiceRef(), e.paid(), e.outstanding(), at);
            case RelationshipTerminated e ->
                new RelationshipTerminated(e.partyId(), e.cause(), e.otherParty(), e.reason(), at);
            case RelationshipReinstated e ->
                new RelationshipReinstated(e.partyId(), e.cause(), e.otherParty(), e.reason(), at);
            case LinkReviewed e -> new LinkReviewed(e.partyId(), e.linkedParty(), e.confirmed(), e.reason(), at);
            case RenameConfirmed e -> new RenameConfirmed(e.partyId(), e.renamedParty(), e.reason(), at);
            case EntryRetracted e -> new EntryRetracted(e.partyId(), e.sequence(), e.reason(), at);
            case PersonalDataErased e -> new PersonalDataErased(e.partyId(), e.person(), e.request(), e.reason(), at);
            case PersonalDataRequested e ->
                new PersonalDataRequested(e.partyId(), e.kind(), e.channel(), e.receivedOn(), at);
            case PersonalDataRequestRefused e ->
                new PersonalDataRequestRefused(e.partyId(), e.request(), e.reason(), at);
            case PersonalDataRequestAnswered e ->
                new PersonalDataRequestAnswered(e.partyId(), e.request(), e.note(), at);
        };
    }

    /**
     * Whether deciding the command looks at entries before the latest snapshot — the entry a retraction withdraws, the
     * request a refusal, an answer or an erasure answers — so that a state restored from one must first read them back.
     */
    public static boolean readsEveryEntry(PartyCommand command) {
        return command instanceof RetractEntry
                || command instanceof RefusePersonalDataRequest
                || command instanceof AnswerPersonalDataRequest
                || command instanceof ErasePersonalData;
    }

    public static PartyState evolve(PartyState state, PartyEvent event) {
        PartyState next = event instanceof EntryRetracted e ? withoutEntry(state, e.sequence()) : apply(state, event);
        return next.counted(event);
    }

    private static PartyState apply(PartyState state, PartyEvent event) {
        return switch (event) {
            case PartyRegistered e -> state.withDetails(e.partyId(), e.kind(), e.details(), e.recordedAt());
            case PartyAmended e -> state.withDetails(e.partyId(), e.kind(), e.details(), e.recordedAt());
            case RequestReceived e -> state.withRequest(e.answer());
            case CallerIdentified e ->
                (e.fullNameGiven() && e.name() != null ? state.withCaller(e.name()) : state).withCallerPhone(e);
            case TroubleLogged e -> state.withTrouble();
            case PaymentShort e -> state.withOutstanding(e.invoiceRef(), e.outstanding());
            case PaymentSettled e -> state.withOutstanding(e.invoiceRef(), e.outstanding());
            case RelationshipTerminated e -> state.withTerminated(true);
            case RelationshipReinstated e -> state.withTerminated(false);
            case LinkReviewed e -> state.withReviewedLink(e.linkedParty(), e.confirmed());
            case RenameConfirmed e -> state.withRename(e.renamedParty());
            case EntryRetracted e -> state;
            // Nothing the ledger counts changes: the details now read as erased wherever they are read.
            case PersonalDataErased e -> state;
            // A person's requests and their answers are read from the entries, by PersonalDataRequests.
            case PersonalDataRequested e -> state;
            case PersonalDataRequestRefused e -> state;
            case PersonalDataRequestAnswered e -> state;
        };
    }

    /**
     * The facts folded again from the entries that still count: a retraction is rare, and folding again is the one way
     * to undo an entry without a second, hand-written inverse of every event.
     */
    private static PartyState withoutEntry(PartyState state, long sequence) {
        PartyState next = state.forgettingFactsRetracting(sequence);
        for (long s = 1; s <= state.eventCount(); s++) {
            if (next.counts(s)) {
                next = apply(next, next.entries().get(s));
            }
        }
        return next;
    }

    /** Folds a whole history, oldest first, into a state. */
    public static PartyState replay(List<? extends PartyEvent> history) {
        PartyState state = PartyState.INITIAL;
        for (PartyEvent event : history) {
            state = evolve(state, event);
        }
        return state;
    }

    /**
     * A retraction withdraws one entry recorded in error. What it may not withdraw is refused with the reason: the
     * registration (amend the details instead), a retraction (a retraction is final), an entry already retracted, and an
     * entry a later one that still counts builds on — a shortfall with settlements, a settlement with a later one, a
     * termination or reinstatement with a later one — so that what remains always folds into a history that could have
     * been recorded. A link review or rename confirmation retracted counts as never reviewed or confirmed on this party
     * only; a termination that came with a confirmed review is an entry of its own, retracted on its own.
     */
    private static List<PartyEvent> retract(RetractEntry c, PartyState state) {
        long sequence = c.sequence();
        PartyEvent entry = state.entries().get(sequence);
        if (entry == null) {
            throw new UnknownEntryException(c.partyId().value(), sequence, state.eventCount());
        }
        String name = "entry " + sequence + " of party " + c.partyId();
        if (state.retracted().contains(sequence)) {
            throw new HistoryConflictException(
                    name + " is already retracted", "error.retraction.again", Map.of("sequence", sequence));
        }
        String refusal = switch (entry) {
            case PartyRegistered e -> "is the registration; it cannot be retracted, amend the party's details instead";
            case EntryRetracted e -> "is itself a retraction, of entry " + e.sequence() + "; a retraction is final";
            case PersonalDataErased e -> "is an erasure of personal data; an erasure is final";
            case PersonalDataRequested e ->
                PersonalDataRequests.find(state, sequence)
                        .map(Request::answeredBy)
                        .map(answer -> "is a person's request answered by entry " + answer
                                + ", which still counts; a request stays with its answer")
                        .orElse(null);
            case PaymentShort e ->
                laterCounting(
                                state,
                                sequence,
                                PaymentSettled.class,
                                s -> s.invoiceRef().equals(e.invoiceRef()))
                        .map(s -> "has a settlement that still counts (entry " + s + "); retract the settlements first")
                        .orElse(null);
            case PaymentSettled e ->
                laterCounting(
                                state,
                                sequence,
                                PaymentSettled.class,
                                s -> s.invoiceRef().equals(e.invoiceRef()))
                        .map(s -> "has a later settlement of the same invoice (entry " + s + "); retract that first")
                        .orElse(null);
            case RelationshipTerminated e -> laterTerminationOrReinstatement(state, sequence);
            case RelationshipReinstated e -> laterTerminationOrReinstatement(state, sequence);
            default -> null;
        };
        if (refusal != null) {
            String key = switch (entry) {
                case PartyRegistered e -> "error.retraction.registration";
                case EntryRetracted e -> "error.retraction.retraction";
                case PersonalDataErased e -> "error.retraction.erasure";
                case PersonalDataRequested e -> "error.retraction.answeredRequest";
                case PaymentShort e -> "error.retraction.settled";
                case PaymentSettled e -> "error.retraction.laterSettlement";
                default -> "error.retraction.laterRelationship";
            };
            throw new HistoryConflictException(name + " " + refusal, key, Map.of("sequence", sequence));
        }
        return List.of(new EntryRetracted(c.partyId(), sequence, c.reason(), c.recordedAt()));
    }

    private static String laterTerminationOrReinstatement(PartyState state, long sequence) {
        return laterCounting(
                        state,
                        sequence,
                        PartyEvent.class,
                        e -> e instanceof RelationshipTerminated || e instanceof RelationshipReinstated)
                .map(s -> "is followed by a termination or reinstatement that still counts (entry " + s
                        + "); retract that first")
                .orElse(null);
    }

    private static <E extends PartyEvent> java.util.Optional<Long> laterCounting(
            PartyState state, long after, Class<E> type, java.util.function.Predicate<E> matching) {
        for (long s = after + 1; s <= state.eventCount(); s++) {
            PartyEvent entry = state.entries().get(s);
            if (state.counts(s) && type.isInstance(entry) && matching.test(type.cast(entry))) {
                return java.util.Optional.of(s);
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * An erasure answers the request it names, which must be an unanswered request to stop use or erase; naming none,
     * the erasure of the party's own person answers the earliest such request, if any. A person's data is erased once.
     */
    private static List<PartyEvent> erase(ErasePersonalData c, PartyState state) {
        var erased = PersonalDataRequests.erasure(state, c.person());
        if (erased.isPresent()) {
            throw new HistoryConflictException(
                    (c.person() == null
                                    ? "the personal data of party " + c.partyId()
                                    : "person " + c.person() + " on party " + c.partyId())
                            + " was already erased, by entry " + erased.get(),
                    "error.erasure.again",
                    Map.of("sequence", erased.get()));
        }
        Long answering;
        if (c.request() != null) {
            Request request = unanswered(c.partyId(), c.request(), state);
            if (request.kind() != PersonalDataRequestKind.ERASURE) {
                throw new HistoryConflictException(
                        "entry " + c.request() + " of party " + c.partyId() + " asks for " + request.kind()
                                + "; an erasure answers only a request to stop use or erase",
                        "error.erasure.notAnErasureRequest",
                        Map.of("sequence", c.request()));
            }
            answering = c.request();
        } else if (c.person() == null) {
            answering = PersonalDataRequests.open(state).stream()
                    .filter(r -> r.kind() == PersonalDataRequestKind.ERASURE)
                    .map(Request::sequence)
                    .findFirst()
                    .orElse(null);
        } else {
            answering = null;
        }
        return List.of(new PersonalDataErased(c.partyId(), c.person(), answering, c.reason(), c.recordedAt()));
    }

    private static List<PartyEvent> recordPersonalDataRequest(RecordPersonalDataRequest c) {
        LocalDate recordedOn = c.recordedAt().atZone(SHOP_ZONE).toLocalDate();
        LocalDate receivedOn = c.receivedOn() == null ? recordedOn : c.receivedOn();
        if (receivedOn.isAfter(recordedOn)) {
            throw new InvalidValueException(
                    "receivedOn",
                    "receivedOn " + receivedOn + " is in the future; a request is recorded once it was received",
                    "error.receivedInFuture",
                    Map.of("value", receivedOn.toString()));
        }
        if (receivedOn.isBefore(EARLIEST_OCCURRENCE)) {
            throw new InvalidValueException(
                    "receivedOn",
                    "receivedOn " + receivedOn + " is before " + EARLIEST_OCCURRENCE,
                    "error.receivedTooLongAgo",
                    Map.of("value", receivedOn.toString(), "earliest", EARLIEST_OCCURRENCE.toString()));
        }
        return List.of(new PersonalDataRequested(c.partyId(), c.kind(), c.channel(), receivedOn, c.recordedAt()));
    }

    private static List<PartyEvent> refuse(RefusePersonalDataRequest c, PartyState state) {
        unanswered(c.partyId(), c.request(), state);
        return List.of(new PersonalDataRequestRefused(c.partyId(), c.request(), c.reason(), c.recordedAt()));
    }

    /**
     * An answer tells that the person saw or had corrected their data; a request to stop use or erase is answered by
     * the erasure itself, which is what makes it true.
     */
    private static List<PartyEvent> answer(AnswerPersonalDataRequest c, PartyState state) {
        Request request = unanswered(c.partyId(), c.request(), state);
        if (request.kind() == PersonalDataRequestKind.ERASURE) {
            throw new HistoryConflictException(
                    "entry " + c.request() + " of party " + c.partyId()
                            + " asks to stop use or erase; it is answered by the erasure itself, or refused",
                    "error.personRequest.answerIsErasure",
                    Map.of("sequence", c.request()));
        }
        return List.of(new PersonalDataRequestAnswered(c.partyId(), c.request(), c.note(), c.recordedAt()));
    }

    /** The request recorded as entry {@code sequence}, which must be one that still counts and has no answer yet. */
    private static Request unanswered(PartyId party, long sequence, PartyState state) {
        if (state.entries().get(sequence) == null) {
            throw new UnknownEntryException(party.value(), sequence, state.eventCount());
        }
        Request request = PersonalDataRequests.find(state, sequence)
                .orElseThrow(() -> new HistoryConflictException(
                        "entry " + sequence + " of party " + party
                                + " is not a person's request about their data, or was retracted",
                        "error.personRequest.notARequest",
                        Map.of("sequence", sequence)));
        if (!request.open()) {
            throw new HistoryConflictException(
                    "the request in entry " + sequence + " of party " + party + " was already answered, by entry "
                            + request.answeredBy(),
                    "error.personRequest.answered",
                    Map.of("sequence", sequence, "answer", request.answeredBy()));
        }
        return request;
    }

    private static List<PartyEvent> amend(AmendParty c, PartyState state) {
        if (c.kind() == state.kind() && c.details().equals(state.details())) {
            // Nothing changed: an event would only add noise to the audit trail.
            return List.of();
        }
        return List.of(new PartyAmended(c.partyId(), c.kind(), c.details(), c.recordedAt()));
    }

    /** A date before this is a typing slip (a missing century), not a trouble anybody remembers. */
    static final LocalDate EARLIEST_OCCURRENCE = LocalDate.of(1900, 1, 1);

    private static List<PartyEvent> logTrouble(LogTrouble c) {
        LocalDate recordedOn = c.recordedAt().atZone(SHOP_ZONE).toLocalDate();
        if (c.occurredOn() != null && c.occurredOn().isAfter(recordedOn)) {
            throw new InvalidValueException(
                    "occurredOn",
                    "occurredOn " + c.occurredOn() + " is in the future; a trouble is logged after it happens",
                    "error.occurredInFuture",
                    Map.of("value", c.occurredOn().toString()));
        }
        if (c.occurredOn() != null && c.occurredOn().isBefore(EARLIEST_OCCURRENCE)) {
            throw new InvalidValueException(
                    "occurredOn",
                    "occurredOn " + c.occurredOn() + " is before " + EARLIEST_OCCURRENCE
                            + "; no trouble of this ledger is that old",
                    "error.occurredTooLongAgo",
                    Map.of("value", c.occurredOn().toString(), "earliest", EARLIEST_OCCURRENCE.toString()));
        }
        return List.of(new TroubleLogged(
                c.partyId(),
                c.category(),
                c.severity(),
                c.description(),
                c.staffNote(),
                c.occurredOn(),
                c.recordedAt()));
    }

    private static List<PartyEvent> recordShortfall(RecordPaymentShort c, PartyState state) {
        var recorded = InvoiceRefs.recordedAs(c.invoiceRef(), state.outstandingByInvoice());
        if (recorded.isPresent()) {
            throw new HistoryConflictException(
                    "a shortfall for invoice '" + recorded.get()
                            + "' is already recorded; record a settlement against it instead",
                    "error.shortfallRecorded",
                    Map.of("invoiceRef", recorded.get()));
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
            throw new HistoryConflictException(
                    "the link between party " + c.partyId() + " and party " + c.linkedParty()
                            + " was already reviewed; a review is final, record a termination or reinstatement instead",
                    "error.link.reviewed",
                    Map.of());
        }
        var reviewed = new LinkReviewed(c.partyId(), c.linkedParty(), c.confirmed(), c.reason(), c.recordedAt());
        if (!c.confirmed() || state.terminated()) {
            return List.of(reviewed);
        }
        // A confirmed rename is the terminated party back under another name: the shop's refusal applies to it too.
        return List.of(
                reviewed,
                new RelationshipTerminated(
                        c.partyId(), RelationshipCause.CONFIRMED_RENAME, c.linkedParty(), c.reason(), c.recordedAt()));
    }

    private static List<PartyEvent> settle(SettlePayment c, PartyState state) {
        // The settlement is filed under the reference as first recorded, so that history and status see one invoice
        // however staff typed it the second time.
        String invoiceRef = InvoiceRefs.recordedAs(c.invoiceRef(), state.outstandingByInvoice())
                .orElseThrow(() -> new HistoryConflictException(
                        "no shortfall is recorded for invoice '" + c.invoiceRef() + "'; record the shortfall first",
                        "error.noShortfall",
                        Map.of("invoiceRef", c.invoiceRef())));
        Yen outstanding = state.outstandingByInvoice().get(invoiceRef);
        if (outstanding.value() == 0) {
            throw new HistoryConflictException(
                    "invoice '" + invoiceRef + "' is already settled",
                    "error.alreadySettled",
                    Map.of("invoiceRef", invoiceRef));
        }
        if (c.paid().compareTo(outstanding) > 0) {
            throw new InvalidValueException(
                    "paidYen",
                    "paidYen (" + c.paid().value() + ") is more than the " + outstanding.value()
                            + " yen still owed on invoice '" + invoiceRef + "'",
                    "error.paidOverOwed",
                    Map.of("paid", c.paid().value(), "owed", outstanding.value(), "invoiceRef", invoiceRef));
        }
        return List.of(
                new PaymentSettled(c.partyId(), invoiceRef, c.paid(), outstanding.minus(c.paid()), c.recordedAt()));
    }
}
