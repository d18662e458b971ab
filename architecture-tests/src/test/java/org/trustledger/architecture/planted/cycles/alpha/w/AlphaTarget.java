package org.trustledger.architecture.planted.cycles.alpha.w;

/** Target of beta. */
public class AlphaTarget {}
