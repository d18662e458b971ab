package org.trustledger.architecture.planted.records.domain.party;

/** Violation: a command that is a plain class. */
public class MutableCommand implements PartyCommand {
    String id;
}
