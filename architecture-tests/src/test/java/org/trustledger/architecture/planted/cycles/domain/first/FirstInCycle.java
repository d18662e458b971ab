package org.trustledger.architecture.planted.cycles.domain.first;

import org.trustledger.architecture.planted.cycles.domain.second.SecondInCycle;

/** Violation: a package cycle with domain.second. */
public class FirstInCycle {
    SecondInCycle second;
}
