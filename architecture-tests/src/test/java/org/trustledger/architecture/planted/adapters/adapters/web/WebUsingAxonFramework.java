package org.trustledger.architecture.planted.adapters.adapters.web;

import org.axonframework.commandhandling.gateway.CommandGateway;

/** Violation: the web adapter sends commands through Axon itself. */
public class WebUsingAxonFramework {
    CommandGateway gateway;
}
