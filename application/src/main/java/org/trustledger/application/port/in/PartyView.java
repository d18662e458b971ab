package org.trustledger.application.port.in;

import java.time.Instant;
import org.trustledger.domain.party.PartyDetails;
import org.trustledger.domain.party.PartyId;
import org.trustledger.domain.party.PartyKind;
import org.trustledger.domain.party.Yen;

/** A party as the read model knows it, kept current by a projection of its events. */
public record PartyView(
        PartyId partyId,
        PartyKind kind,
        PartyDetails details,
        boolean terminated,
        Yen outstanding,
        int troubleCount,
        Instant registeredAt,
        Instant updatedAt,
        long lastSequence) {}
