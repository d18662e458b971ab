package org.trustledger.architecture.planted.records.domain.party;

/** A sub-interface; implementations must still be records. */
public interface UrgentCommand extends PartyCommand {}
