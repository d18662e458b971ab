package org.trustledger.architecture.planted.records.domain.party;

/** Violation: a class implementing the command interface through another. */
public final class IndirectCommand implements UrgentCommand {}
