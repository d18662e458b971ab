package org.trustledger.application.port.out;

import java.util.List;
import org.trustledger.domain.party.PartyId;
import org.trustledger.domain.trust.SequencedEvent;

/** Reads a party's stored events, oldest first, numbered from 1; empty for an unknown party. */
public interface PartyHistories {

    List<SequencedEvent> of(PartyId partyId);
}
