package org.trustledger.architecture.planted.records.domain.party;

/** Legal: a command record. */
public record RecordedCommand(String id) implements PartyCommand {}
