package org.trustledger.architecture.planted.fold.domain.trust;

/** Stands in for the trust policy's settings, which adapters may read. */
public record TrustPolicySettings(double watchEnter) {}
