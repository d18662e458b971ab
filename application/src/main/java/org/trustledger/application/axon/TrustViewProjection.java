package org.trustledger.application.axon;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.trustledger.application.port.in.RefreshTrustUseCase;
import org.trustledger.domain.party.PartyEvent;
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

/**
 * Re-assesses a party as of each event it records, and the parties that share its identity, so that lists can filter
 * by status; the periodic refresh keeps stored statuses current as evidence fades between events.
 */
@ProcessingGroup(TrustViewProjection.PROCESSING_GROUP)
public class TrustViewProjection {
    public static final String PROCESSING_GROUP = "trust-views";

    private final RefreshTrustUseCase refresh;

    public TrustViewProjection(RefreshTrustUseCase refresh) {
        this.refresh = refresh;
    }

    /**
     * The event store has written the event before its subscribers hear of it, so the history includes it; where the
     * command that wrote it left the party's fold in the unit of work, that fold is the same and is not read again.
     */
    @EventHandler
    void on(PartyEvent event, UnitOfWork<?> unitOfWork) {
        WrittenFolds.of(unitOfWork, event.partyId())
                .ifPresentOrElse(
                        written -> refresh.refresh(
                                written.state(), written.trust(), event.recordedAt(), changesLinks(event)),
                        () -> on(event));
    }

    /** An event heard outside the unit of work that wrote it, as in a rebuild: the party's fold is read. */
    void on(PartyEvent event) {
        refresh.refresh(event.partyId(), event.recordedAt(), changesLinks(event));
    }

    /** Whether the event can make another party linked to a terminated one, or no longer linked. */
    static boolean changesLinks(PartyEvent event) {
        return switch (event) {
            case PartyRegistered e -> true;
            case PartyAmended e -> true;
            case RelationshipTerminated e -> true;
            case RelationshipReinstated e -> true;
            case RequestReceived e -> false;
            case CallerIdentified e -> e.fullNameGiven();
            case TroubleLogged e -> false;
            case PaymentShort e -> false;
            case PaymentSettled e -> false;
            case LinkReviewed e -> false;
            case RenameConfirmed e -> false;
            // A retracted termination, amendment or review changes who the party may be linked with.
            case PartyEvent.EntryRetracted e -> true;
            // An erased person matches no one any more.
            case PartyEvent.PersonalDataErased e -> true;
            case PartyEvent.PersonalDataRequested e -> false;
            case PartyEvent.PersonalDataRequestRefused e -> false;
            case PartyEvent.PersonalDataRequestAnswered e -> false;
        };
    }
}
