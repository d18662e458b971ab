package org.trustledger.architecture.planted.annotations.domain;

import org.axonframework.eventhandling.EventHandler;

/** Violation: an Axon handler in the domain. */
public class AxonHandlerMethod {
    @EventHandler
    void on(String event) {}
}
