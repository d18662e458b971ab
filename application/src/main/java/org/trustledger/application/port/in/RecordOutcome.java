package org.trustledger.application.port.in;

import org.trustledger.domain.party.PartyId;

/**
 * What recording a command did: the party's last event sequence afterwards, and whether this answer repeats an
 * earlier request with the same idempotency key.
 */
public record RecordOutcome(PartyId partyId, long sequence, boolean replayed) {}
