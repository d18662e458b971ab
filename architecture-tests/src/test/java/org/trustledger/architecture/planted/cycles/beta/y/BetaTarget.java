package org.trustledger.architecture.planted.cycles.beta.y;

/** Target of alpha. */
public class BetaTarget {}
