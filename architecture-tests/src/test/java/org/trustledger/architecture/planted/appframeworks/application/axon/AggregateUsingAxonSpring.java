package org.trustledger.architecture.planted.appframeworks.application.axon;

import org.axonframework.spring.stereotype.Aggregate;

/** Violation: Axon's Spring integration is Spring. */
@Aggregate
public class AggregateUsingAxonSpring {}
