package org.trustledger.domain;

import java.util.Map;
import java.util.UUID;

/** Something was asked of an entry a party's history does not have. */
public final class UnknownEntryException extends DomainException {
    public UnknownEntryException(UUID partyId, long sequence, long entries) {
        super(
                "party " + partyId + " has no entry " + sequence + "; its history has entries 1 to " + entries,
                "error.unknownEntry",
                Map.of("sequence", sequence, "entries", entries));
    }
}
