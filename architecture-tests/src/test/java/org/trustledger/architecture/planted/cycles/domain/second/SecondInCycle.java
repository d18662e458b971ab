package org.trustledger.architecture.planted.cycles.domain.second;

import org.trustledger.architecture.planted.cycles.domain.first.FirstInCycle;

/** Violation: a package cycle with domain.first. */
public class SecondInCycle {
    FirstInCycle first;
}
