package org.trustledger.architecture.planted.records.domain.party;

/** Legal: an event record. */
public record RecordedEvent(String id) implements PartyEvent {}
