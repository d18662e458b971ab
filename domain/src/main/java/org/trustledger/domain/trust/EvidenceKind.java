package org.trustledger.domain.trust;

/** The kinds of evidence the trust policy weighs, bad ones adding to the score and good ones taking off it. */
enum EvidenceKind {
    TROUBLE(true),
    SHORT_PAYMENT(true),
    NAME_WITHHELD(true),
    GOOD_JOB(false),
    SETTLEMENT(false);

    private final boolean bad;

    EvidenceKind(boolean bad) {
        this.bad = bad;
    }

    boolean bad() {
        return bad;
    }
}
