package org.trustledger.architecture.planted.records.domain.party;

/** Planted counterpart of the real sealed interface. */
public interface PartyCommand {}
