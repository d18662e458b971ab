package org.trustledger.architecture.planted.records.domain.party;

/** Violation: an enum event. */
public enum EnumEvent implements PartyEvent {
    HAPPENED
}
