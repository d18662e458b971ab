package org.trustledger.domain.screening;

import org.trustledger.domain.party.Answer;

/** The answer intake screening gives staff during a call; declared from mildest to most severe. */
public enum Verdict {
    /** Nothing stands against taking the request. */
    ACCEPT,
    /**
     * Nothing on the ledger is known of the caller: neither a green light nor a warning, but the questions to ask,
     * since for this shop an unknown caller is exactly the one to ask which company the request is for.
     */
    NO_RECORD,
    /** The request may be taken, but staff should check the reasons first. */
    CAUTION,
    /** The shop's rules say no. */
    REFUSE;

    /** The more severe of the two, so that one refusing reason outweighs any number of milder ones. */
    public Verdict worst(Verdict other) {
        return other.ordinal() > ordinal() ? other : this;
    }

    /**
     * The answer a request screened with this verdict is recorded with: a caution, or a caller of whom nothing is known,
     * is for staff to weigh, so it is recorded as not yet decided (null), with the points to weigh as its reasons.
     */
    public Answer answer() {
        return switch (this) {
            case ACCEPT -> Answer.ACCEPTED;
            case REFUSE -> Answer.REFUSED;
            case CAUTION, NO_RECORD -> null;
        };
    }
}
