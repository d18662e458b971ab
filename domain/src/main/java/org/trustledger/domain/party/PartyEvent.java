package org.trustledger.domain.party;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.trustledger.domain.identity.Erasure;
import org.trustledger.domain.identity.PersonName;
import org.trustledger.domain.identity.PhoneNumber;

/** Something that happened with a party, recorded once and never changed. */
public sealed interface PartyEvent {
    PartyId partyId();

    Instant recordedAt();

    /** A party became known to the shop. */
    record PartyRegistered(PartyId partyId, PartyKind kind, PartyDetails details, Instant recordedAt)
            implements PartyEvent {}

    /** What is known of a party changed. */
    record PartyAmended(PartyId partyId, PartyKind kind, PartyDetails details, Instant recordedAt)
            implements PartyEvent {}

    /** A party asked the shop for help, for themselves or on behalf of a customer. */
    record RequestReceived(
            PartyId partyId,
            Channel channel,
            boolean onBehalfOfCustomer,
            String summary,
            Answer answer,
            List<String> reasons,
            Instant recordedAt)
            implements PartyEvent {}

    /** Someone called for a party; {@code fullNameGiven} is false when they withheld it. */
    record CallerIdentified(
            PartyId partyId,
            PersonName name,
            boolean fullNameGiven,
            String role,
            PhoneNumber callBack,
            Instant recordedAt)
            implements PartyEvent {}

    /**
     * A trouble with a party; {@code staffNote} is the staff member's own note on the category, where the fixed list
     * does not say it all — null when none was written, as on every trouble logged before the note existed.
     */
    record TroubleLogged(
            PartyId partyId,
            TroubleCategory category,
            Severity severity,
            String description,
            String staffNote,
            LocalDate occurredOn,
            Instant recordedAt)
            implements PartyEvent {
        /** A trouble without a note of the staff member's own. */
        public TroubleLogged(
                PartyId partyId,
                TroubleCategory category,
                Severity severity,
                String description,
                LocalDate occurredOn,
                Instant recordedAt) {
            this(partyId, category, severity, description, null, occurredOn, recordedAt);
        }
    }

    /** An invoice was paid short or late; {@code outstanding} is what is still owed. */
    record PaymentShort(
            PartyId partyId,
            String invoiceRef,
            Yen invoiced,
            Yen paid,
            Yen outstanding,
            ShortfallReason reason,
            int daysLate,
            Instant recordedAt)
            implements PartyEvent {}

    /** Money came in against a shortfall; it is settled when nothing is outstanding. */
    record PaymentSettled(PartyId partyId, String invoiceRef, Yen paid, Yen outstanding, Instant recordedAt)
            implements PartyEvent {}

    /**
     * The shop ended the relationship, for {@code cause}; {@code otherParty} is the party a confirmed rename or the same
     * business points to (null for a manager's own decision), and {@code reason} the manager's own words — null only on
     * a pair rule's termination stored before the words were carried over.
     */
    record RelationshipTerminated(
            PartyId partyId, RelationshipCause cause, PartyId otherParty, String reason, Instant recordedAt)
            implements PartyEvent {
        /** A manager's own decision, in their words. */
        public RelationshipTerminated(PartyId partyId, String reason, Instant recordedAt) {
            this(partyId, RelationshipCause.MANAGER_DECISION, null, reason, recordedAt);
        }
    }

    /**
     * The shop took a terminated party back, for {@code cause}; {@code otherParty} and {@code reason} as on
     * {@link RelationshipTerminated}.
     */
    record RelationshipReinstated(
            PartyId partyId, RelationshipCause cause, PartyId otherParty, String reason, Instant recordedAt)
            implements PartyEvent {
        /** A manager's own decision, in their words. */
        public RelationshipReinstated(PartyId partyId, String reason, Instant recordedAt) {
            this(partyId, RelationshipCause.MANAGER_DECISION, null, reason, recordedAt);
        }
    }

    /** A manager reviewed a suspected rename: confirmed (the relationship was ended with it) or dismissed. */
    record LinkReviewed(PartyId partyId, PartyId linkedParty, boolean confirmed, String reason, Instant recordedAt)
            implements PartyEvent {}

    /**
     * A manager confirmed {@code renamedParty} as this party under another name, on the renamed party's review: from
     * now on the two are terminated and reinstated together. {@code reason} is the manager's own words on the review.
     */
    record RenameConfirmed(PartyId partyId, PartyId renamedParty, String reason, Instant recordedAt)
            implements PartyEvent {}

    /**
     * A manager withdrew entry {@code sequence}, recorded in error: it stays in the history, marked, and no longer
     * counts for the party's state, status, counts or money owed.
     */
    record EntryRetracted(PartyId partyId, long sequence, String reason, Instant recordedAt) implements PartyEvent {}

    /**
     * Personal data was erased at a manager's request: the key it was encrypted with is gone, so it reads as
     * {@link Erasure#MARK} from now on. {@code person} is who was erased: null for the person this party is (a private
     * customer, whose details and callers go with them), or someone who called for the party or represents it, whose
     * values on this party's entries go. {@code request} is the entry of the person's request to stop use or erase that
     * this erasure answers — null when none was recorded, as on every erasure recorded before requests were.
     * {@code reason} is the manager's own words, which must name no one; who decided is in the entry's metadata, as for
     * every entry.
     */
    record PersonalDataErased(PartyId partyId, PersonId person, Long request, String reason, Instant recordedAt)
            implements PartyEvent {
        /** The erasure of the person this party is, answering entry {@code request} (null for none). */
        public PersonalDataErased(PartyId partyId, Long request, String reason, Instant recordedAt) {
            this(partyId, null, request, reason, recordedAt);
        }

        /** The erasure of the person this party is, answering no recorded request. */
        public PersonalDataErased(PartyId partyId, String reason, Instant recordedAt) {
            this(partyId, null, null, reason, recordedAt);
        }

        /** Whether the person erased is the one this party is, not someone named on its entries. */
        public boolean ofParty() {
            return person == null;
        }
    }

    /**
     * A person — this private customer, or a representative or salesperson of this business — asked the shop about the
     * data it holds of them: to see it, correct it, or stop using or erase it. It was received on {@code receivedOn},
     * through {@code channel}; what they said is not kept here, since it would be personal data itself.
     */
    record PersonalDataRequested(
            PartyId partyId, PersonalDataRequestKind kind, Channel channel, LocalDate receivedOn, Instant recordedAt)
            implements PartyEvent {}

    /**
     * A manager refused the person's request recorded as entry {@code request}, where the law allows it — for example,
     * data kept to prevent the same fraud again. {@code reason} is the manager's own words, which must name no one.
     */
    record PersonalDataRequestRefused(PartyId partyId, long request, String reason, Instant recordedAt)
            implements PartyEvent {}

    /**
     * A manager answered the person's request to see or correct their data, recorded as entry {@code request}: the
     * data was disclosed or corrected. {@code note} says how, if anything (for example 書面で郵送), in the manager's
     * own words, which must name no one.
     */
    record PersonalDataRequestAnswered(PartyId partyId, long request, String note, Instant recordedAt)
            implements PartyEvent {}
}
